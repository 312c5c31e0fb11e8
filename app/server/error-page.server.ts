import type { NextFunction, Request, Response } from "express";
import { translate } from "~/modules/i18n";
import { databaseUnavailable } from "~/utils/db.server";
import { logger } from "~/utils/logger.server";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A self-contained Dutch page for when the app cannot render its own (no database, no session). */
function errorPageHtml(status: 500 | 503, requestId: string) {
  const key = status === 503 ? "errors.unavailable" : "errors.server";
  const title = translate("nl", `${key}.title`);
  return `<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · Werkplaats</title>
<style>body{font-family:system-ui,sans-serif;color:#1e293b;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5}p.code{color:#475569;font-size:.875rem}</style></head>
<body><main><p class="code">${status}</p><h1>${escapeHtml(title)}</h1><p>${escapeHtml(translate("nl", `${key}.body`))}</p>
<p class="code">${escapeHtml(translate("nl", "errors.reference", { id: requestId }))}</p><p><a href="/">${escapeHtml(translate("nl", "errors.goHome"))}</a></p></main></body>
</html>`;
}

/**
 * Last stop for errors outside Remix's own handling (building the request context needs the
 * database). Replaces Express's default page, which shows the SQL and the stack trace outside
 * production: the database being away is a 503 with our Dutch page, anything else a 500.
 */
export function ownErrorPage(error: unknown, req: Request, res: Response, next: NextFunction) {
  if (res.headersSent) return next(error);
  const requestId = String(res.locals.requestId ?? "");
  const status = databaseUnavailable(error) ? 503 : 500;
  if (status === 503) logger.error("database unavailable", { requestId, path: req.path, error: (error as Error)?.message });
  else logger.error("unhandled error", { requestId, path: req.path, error });
  res.status(status).set("Cache-Control", "no-store");
  if (status === 503) res.set("Retry-After", "30");
  res.type("text/html; charset=utf-8").send(errorPageHtml(status, requestId));
}
