import { data } from "@remix-run/node";
import { pgErrorOf } from "./db.server";
import { isDomainError, retryAfterHeaders } from "./errors";

/**
 * For loaders and non-form actions: a DomainError from a module becomes an error response with
 * its status and message (shown by the route's ErrorBoundary) instead of a 500. The server applies
 * it to every route (app/server/route-errors.server.ts); a route need not call it itself.
 */
export async function orErrorResponse<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isDomainError(error)) {
      throw data({ message: { key: error.key, vars: error.vars } }, { status: error.status, headers: retryAfterHeaders(error) });
    }
    // Class 22, data exception: a value PostgreSQL cannot take is the input's fault.
    if (pgErrorOf(error)?.code.startsWith("22")) throw data({ message: { key: "errors.invalid" } }, { status: 400 });
    throw error;
  }
}

/**
 * Throws the 403 page for a user without the role a page needs. A module refusing an action
 * returns `forbidden()` from utils/errors instead, for the form or the route to map.
 */
export function forbiddenResponse(): never {
  throw data({ reason: "forbidden" }, { status: 403 });
}

export function notFoundResponse(): never {
  throw data({ message: { key: "errors.notFound.body" } }, { status: 404 });
}

export type DownloadFile = { filename: string; contentType: string; body: string | Uint8Array | ReadableStream<Uint8Array> };

/**
 * A file for the browser: shown in place (a PDF) or saved (a CSV, an XML). Private and never
 * cached, since every file the app serves is someone's own; the name keeps only safe characters.
 */
export function fileResponse(file: DownloadFile, disposition: "inline" | "attachment"): Response {
  return new Response(typeof file.body === "string" || file.body instanceof ReadableStream ? file.body : Buffer.from(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `${disposition}; filename="${file.filename.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/**
 * Headers for a page reached through a private link (an SME's token): never cached, and the
 * token never leaves in a Referer header when the reader follows a link away.
 */
export const PRIVATE_LINK_HEADERS = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" } as const;
