import { notFoundResponse } from "./http.server";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A uuid route parameter, or a 404 page: a malformed id is a page that does not exist. */
export function uuidParam(value: string | undefined): string {
  if (!value || !UUID.test(value)) notFoundResponse();
  return value;
}
