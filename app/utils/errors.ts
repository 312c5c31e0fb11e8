import type { Vars } from "~/modules/i18n";

/** A message for the user: a dictionary key and its placeholders, translated where it is shown. */
export type Message = { key: string; vars?: Vars };

/**
 * A rule the user broke (as opposed to a bug). Modules throw these; routes turn them into
 * 400/403/404/409 answers with the message beside the field or at the top of the form.
 */
export class DomainError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 413 | 429,
    readonly key: string,
    readonly vars?: Vars,
    /** The form field the message belongs to, if any. */
    readonly field?: string,
    /** For 429: seconds until trying again is worth it (sent as the Retry-After header). */
    readonly retryAfterSeconds?: number,
  ) {
    super(key);
    this.name = "DomainError";
  }
}

export const invalid = (key: string, vars?: Vars, field?: string) => new DomainError(400, key, vars, field);
export const forbidden = (key = "errors.forbidden.body") => new DomainError(403, key);
export const notFound = (key = "errors.notFound.body") => new DomainError(404, key);
export const conflict = (key: string, vars?: Vars, field?: string) => new DomainError(409, key, vars, field);
export const tooMany = (key: string, vars?: Vars, retryAfterSeconds?: number) =>
  new DomainError(429, key, vars, undefined, retryAfterSeconds);

/** The Retry-After header a 429 carries, if the error says how long to wait. */
export function retryAfterHeaders(error: DomainError): Record<string, string> {
  return error.retryAfterSeconds ? { "Retry-After": String(Math.ceil(error.retryAfterSeconds)) } : {};
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
