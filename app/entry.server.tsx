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
/**
 * The page's first part (the shell) is rendered from data already loaded: CPU work that cannot
 * wait on anything, so its limit is only a backstop for a component that suspends outside a
 * Suspense boundary. The 5 s of ABORT_DELAY count from the shell, for what streams after it
 * (the calendar's lazy part). Counted from the start, as Remix's template does, they turned a
 * busy server's slow page into a 500: on a loaded 2-core machine a page's turn to render came
 * more than 6 s after its loaders, and the render was aborted before its shell.
 */
const SHELL_TIMEOUT = 30_000;

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
    let abortTimer: ReturnType<typeof setTimeout> | undefined;
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
            clearTimeout(abortTimer);
            abortTimer = setTimeout(abort, ABORT_DELAY + 1000);
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
            clearTimeout(abortTimer);
            logger.error("render failed before the page's shell", { error, requestId: loadContext.requestId });
            reject(error);
          },
          onError(error: unknown) {
            responseStatusCode = 500;
            if (shellRendered) logger.error("render failed", { error, requestId: loadContext.requestId });
          },
        },
      ),
    );
    // (React renders the shell in a later turn; should it ever come at once, its own timer stays.)
    if (!shellRendered) abortTimer = setTimeout(abort, SHELL_TIMEOUT);
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
