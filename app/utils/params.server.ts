import { notFoundResponse } from "./http.server";
import { isUuid } from "./ids";

/** A uuid route parameter, or a 404 page: a malformed id is a page that does not exist. */
export function uuidParam(value: string | undefined): string {
  if (!isUuid(value)) notFoundResponse();
  return value;
}
