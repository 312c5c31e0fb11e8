import { data } from "@remix-run/node";
import type { z } from "zod";
import { translate, type Locale } from "~/modules/i18n";
import { pgErrorOf } from "./db.server";
import { type DomainError, isDomainError, retryAfterHeaders, type Message } from "./errors";
import type { FormReply } from "./forms";

const SECRET_FIELDS = /password|token|secret/i;

function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData) {
    if (typeof value === "string" && !SECRET_FIELDS.test(name)) values[name] = value;
  }
  return values;
}

/**
 * A 400 answer for input we cannot use: pages show the message in their ErrorBoundary; resource
 * routes (JSON, CSV) answer with the Dutch text itself, as a thrown Response is sent as it is.
 */
function badRequest(key = "errors.badRequest.body", locale: Locale = "nl"): never {
  throw Response.json({ message: { key }, error: translate(locale, key) }, { status: 400 });
}

/**
 * The request body as FormData. A body that is not a form (JSON, plain text, a broken multipart
 * body) is the client's mistake: 400, not the TypeError the parser throws.
 */
export async function readFormData(request: Request): Promise<FormData> {
  let formData: FormData;
  try {
    formData = await request.formData();
  } catch {
    badRequest();
  }
  if (containsNul(formData)) badRequest("errors.nulByte");
  return formData;
}

/** PostgreSQL refuses NUL in text, and no form field has a use for it. */
function containsNul(entries: FormData | URLSearchParams) {
  for (const [name, value] of entries) {
    if (name.includes("\0") || (typeof value === "string" && value.includes("\0"))) return true;
  }
  return false;
}

/**
 * Query parameters validated by a zod schema; anything the schema refuses (a search longer than
 * allowed, a repeated parameter, a date outside the calendar we keep) is a 400 page. A page says
 * only that the query is not understood: its own links and filters made it. A JSON answer that a
 * script of ours reads (the calendar's range) passes `explainIn` to get the schema's own message,
 * in the user's language.
 */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S, options: { explainIn?: Locale } = {}): z.infer<S> {
  const params = new URL(request.url).searchParams;
  if (containsNul(params)) badRequest("errors.nulByte", options.explainIn);
  const parsed = schema.safeParse(formDataToObject(params));
  if (!parsed.success) {
    badRequest(options.explainIn ? (parsed.error.issues[0]?.message ?? "errors.badQuery") : "errors.badQuery", options.explainIn);
  }
  return parsed.data;
}

/**
 * A value PostgreSQL could not take (class 22, data exception: a number or date out of range, an
 * invalid text representation) got past validation: still the input's fault, so 400.
 */
function isDataException(error: unknown) {
  return pgErrorOf(error)?.code.startsWith("22") ?? false;
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

/** The files of a multipart form, by field name; a file input left empty sends a nameless, empty file, which is no file. */
function chosenFiles(formData: FormData): Record<string, File> {
  const files: Record<string, File> = {};
  for (const [name, value] of formData) {
    if (value instanceof File && (value.size > 0 || value.name !== "")) files[name] = value;
  }
  return files;
}

function errorReply(
  values: Record<string, string>,
  fieldErrors: Record<string, Message[]>,
  formErrors: Message[],
  status: number,
  headers?: Record<string, string>,
) {
  return data<FormReply>({ status: "error", fieldErrors, formErrors, values }, { status, headers });
}

/**
 * A refusal from a module as a form reply. A 400 with a field is about what was typed there. Any
 * other refusal (taken, full, too many tries) is about the state of things: it heads the summary
 * itself instead of "check the marked fields", and still marks the field it concerns.
 */
export function domainErrorReply(error: DomainError, values: Record<string, string> = {}) {
  const message = { key: error.key, vars: error.vars };
  const fieldErrors = error.field ? { [error.field]: [message] } : {};
  const formErrors = !error.field || error.status !== 400 ? [message] : [];
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
export async function submitForm<S extends z.ZodType, R>(request: Request, schema: S, command: (input: z.infer<S>) => Promise<R>) {
  let formData: FormData;
  try {
    formData = await request.formData();
  } catch {
    return errorReply({}, {}, [{ key: "errors.badRequest.body" }], 400);
  }
  const values = submittedValues(formData);
  if (containsNul(formData)) return errorReply({}, {}, [{ key: "errors.nulByte" }], 400);
  const parsed = schema.safeParse({ ...formDataToObject(formData), ...chosenFiles(formData) });
  if (!parsed.success) {
    const fieldErrors: Record<string, Message[]> = {};
    const formErrors: Message[] = [];
    for (const issue of parsed.error.issues) {
      const message = { key: issue.message };
      const field = issue.path.join(".");
      if (field) {
        fieldErrors[field] ??= [];
        fieldErrors[field].push(message);
      } else formErrors.push(message);
    }
    return errorReply(values, fieldErrors, formErrors, 400);
  }
  try {
    return await command(parsed.data);
  } catch (error) {
    if (isDomainError(error)) return domainErrorReply(error, values);
    if (isDataException(error)) return errorReply(values, {}, [{ key: "errors.invalid" }], 400);
    throw error;
  }
}
