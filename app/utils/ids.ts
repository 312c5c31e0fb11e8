const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a value can be a row id. Checked before a query, so that a malformed id in a URL or
 * a form is simply "not found" instead of a database error. Any uuid PostgreSQL accepts in its
 * canonical form passes, whatever its version.
 */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
