import { data } from "@remix-run/node";
import type { z } from "zod";
import { DomainError, isDomainError, retryAfterHeaders, type Message } from "./errors";
import type { FormReply } from "./forms";

const SECRET_FIELDS = /password|token|secret/i;

function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData) {
    if (typeof value === "string" && !SECRET_FIELDS.test(name)) values[name] = value;
  }
  return values;
}

/** FormData or query parameters to a plain object; repeated names become arrays, empty strings become undefined. */
export function formDataToObject(formData: FormData | URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    const cleaned = all.map((v) => v.trim()).filter((v) => v !== "");
    out[key] = all.length > 1 || key.endsWith("[]") ? cleaned : cleaned[0];
  }
  return out;
}

export function errorReply(
  values: Record<string, string>,
  fieldErrors: Record<string, Message[]>,
  formErrors: Message[],
  status: number,
  headers?: Record<string, string>,
) {
  return data<FormReply>({ status: "error", fieldErrors, formErrors, values }, { status, headers });
}

export function domainErrorReply(error: DomainError, values: Record<string, string> = {}) {
  const fieldErrors = error.field ? { [error.field]: [{ key: error.key, vars: error.vars }] } : {};
  const formErrors = error.field ? [] : [{ key: error.key, vars: error.vars }];
  return errorReply(values, fieldErrors, formErrors, error.status, retryAfterHeaders(error));
}

export function successReply(message?: Message, init?: ResponseInit) {
  return data<FormReply>({ status: "success", message }, init);
}

/**
 * The one form pattern: read the body, validate with the form's zod schema (messages are
 * dictionary keys), run the command, and turn validation or rule failures into a 400/409
 * reply that keeps what the user typed. Anything else is a bug and propagates.
 */
export async function submitForm<S extends z.ZodType, R>(
  request: Request,
  schema: S,
  command: (input: z.infer<S>) => Promise<R>,
) {
  const formData = await request.formData();
  const values = submittedValues(formData);
  const parsed = schema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    const fieldErrors: Record<string, Message[]> = {};
    const formErrors: Message[] = [];
    for (const issue of parsed.error.issues) {
      const message = { key: issue.message };
      const field = issue.path.join(".");
      if (field) (fieldErrors[field] ??= []).push(message);
      else formErrors.push(message);
    }
    return errorReply(values, fieldErrors, formErrors, 400);
  }
  try {
    return await command(parsed.data);
  } catch (error) {
    if (isDomainError(error)) return domainErrorReply(error, values);
    throw error;
  }
}
