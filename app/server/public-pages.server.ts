import { createHash } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { hasSessionCookie } from "~/modules/auth/index.server";
import { publicAgendaVersion } from "~/modules/events/index.server";
import { publicImpactVersion } from "~/modules/partners/index.server";
import { publicPlansVersion } from "~/modules/plans/index.server";
import { matchesEtag } from "~/utils/etag";
import { buildRequestContext } from "./load-context.server";

/** A shared cache may keep a guest's public page a minute, and serve it a while longer while it asks again. */
const PUBLIC_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";
// A member's view of the same URL differs (navigation, "you are registered"), and so does each language.
const VARY = "Cookie, Accept-Language";

/**
 * The public GET pages a guest may get from a cache, each with the cheap question that says
 * whether what it shows has changed (one aggregate query, no rendering).
 */
const publicPages: Record<string, (werkplaatsId: string) => Promise<string>> = {
  "/plans": publicPlansVersion,
  "/events": publicAgendaVersion,
  "/events/feed.ics": publicAgendaVersion,
  "/impact": publicImpactVersion,
};

/**
 * ETag and public Cache-Control for a guest's public pages (decision 057). The validator covers
 * everything the answer depends on: the build, the URL with its query, the language, the
 * werkplaats and the page's data version. A matching If-None-Match is answered 304 here, before
 * Remix matches a route or renders. Anyone with a session cookie passes straight through and
 * gets the private page (no ETag, `private, no-store`).
 */
export function publicPageCache(buildVersion: string) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const versionOf = req.method === "GET" || req.method === "HEAD" ? publicPages[req.path] : undefined;
    if (!versionOf || hasSessionCookie(req.headers.cookie)) return next();
    try {
      const context = await buildRequestContext(req, res);
      // getLoadContext takes it from here: the request is worked out once.
      res.locals.context = context;
      if (!context.werkplaats) return next();
      const etag = `W/"${createHash("sha256")
        .update(
          [buildVersion, req.originalUrl, context.locale, JSON.stringify(context.werkplaats), await versionOf(context.werkplaats.id)].join(
            "\n",
          ),
        )
        .digest("base64url")
        .slice(0, 27)}"`;
      if (matchesEtag(req.headers["if-none-match"], etag)) {
        // The cached body carries the nonce of its own Content-Security-Policy; a 304 with a new
        // policy would replace the stored one and block the cached page's scripts.
        res.removeHeader("Content-Security-Policy");
        res.status(304).set({ ETag: etag, "Cache-Control": PUBLIC_CACHE_CONTROL, Vary: VARY }).end();
        return;
      }
      whenAnsweredOk(res, () => {
        res.setHeader("ETag", etag);
        res.setHeader("Cache-Control", PUBLIC_CACHE_CONTROL);
        res.setHeader("Vary", VARY);
      });
      next();
    } catch (error) {
      next(error);
    }
  };
}

/** Sets headers just before a 200's head goes out (a 404 or 500 of the same URL gets none). */
function whenAnsweredOk(res: Response, setHeaders: () => void) {
  const writeHead = res.writeHead;
  res.writeHead = function writeHeadWithCache(this: Response, ...args: Parameters<Response["writeHead"]>) {
    const status = typeof args[0] === "number" ? args[0] : res.statusCode;
    if (status === 200 && !res.headersSent) setHeaders();
    return writeHead.apply(this, args);
  } as Response["writeHead"];
}
