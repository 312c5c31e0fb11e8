import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { noteWordsWhile } from "~/modules/i18n";
import { withoutNulBytes } from "~/server/without-nul-bytes.server";
import { logger } from "~/utils/logger.server";
import { NonceContext } from "~/utils/nonce";

// server.js reaches the boot code through the build, so both share one database handle.
export { startServer } from "~/server/start.server";

const ABORT_DELAY = 5_000;
export const streamTimeout = ABORT_DELAY;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.nonce ?? "";
  const waitForAll = isbot(request.headers.get("user-agent") ?? "") || remixContext.isSpaMode;
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    // The render notes the keys it translates, so the page sends only those words (root.tsx).
    const { pipe, abort } = noteWordsWhile(() =>
      renderToPipeableStream(
        <NonceContext.Provider value={nonce}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
        </NonceContext.Provider>,
        {
          nonce,
          [waitForAll ? "onAllReady" : "onShellReady"]() {
            shellRendered = true;
            const body = withoutNulBytes();
            responseHeaders.set("Content-Type", "text/html; charset=utf-8");
            // Pages are someone's own unless a route says otherwise; a guest's public page gets
            // its ETag and public Cache-Control from publicPageCache (app/server/public-pages.server.ts).
            if (!responseHeaders.has("Cache-Control")) responseHeaders.set("Cache-Control", "private, no-store");
            resolve(
              new Response(createReadableStreamFromReadable(body), {
                headers: responseHeaders,
                status: responseStatusCode,
              }),
            );
            pipe(body);
          },
          onShellError(error: unknown) {
            reject(error);
          },
          onError(error: unknown) {
            responseStatusCode = 500;
            if (shellRendered) logger.error("render failed", { error, requestId: loadContext.requestId });
          },
        },
      ),
    );
    setTimeout(abort, ABORT_DELAY + 1000);
  });
}

/**
 * Unexpected errors in loaders and actions are logged at error with the request id; aborted
 * requests are not. Remix also passes its own 4xx answers here (a POST to a page without an
 * action, a URL no route matches): those are the client's mistake, logged at warn.
 */
export function handleError(error: unknown, { request, context }: { request: Request; context: AppLoadContext }) {
  if (request.signal.aborted) return;
  const path = new URL(request.url).pathname;
  if (isRouteErrorResponse(error) && error.status < 500) {
    logger.warn("request refused", {
      status: error.status,
      requestId: context.requestId,
      path,
      reason: typeof error.data === "string" ? error.data.slice(0, 200) : undefined,
    });
    return;
  }
  logger.error("unhandled error", { error, requestId: context.requestId, path });
}
