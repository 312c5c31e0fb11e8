import { DomainError } from "~/utils/errors";

/** The Dutch message key (and its placeholders) a rule refused with; fails when nothing was refused or something else went wrong. */
export function refusalOf(run: () => unknown): { key: string; vars?: DomainError["vars"]; field?: string } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { key: error.key, ...(error.vars ? { vars: error.vars } : {}), ...(error.field ? { field: error.field } : {}) };
  }
  throw new Error("expected a refusal, but it went through");
}
