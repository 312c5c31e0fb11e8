import type { NextFunction, Request, Response } from "express";
import { translate } from "~/modules/i18n";
import { logger } from "~/utils/logger.server";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Endpoints called by other servers with bodies of their own (JSON webhooks). */
const NON_FORM_BODIES_ALLOWED = [/^\/webhooks\//];
const FORM_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);

function refuse(req: Request, res: Response, key: string, reason: string) {
  logger.info("malformed request refused", { requestId: res.locals.requestId, method: req.method, path: req.path.slice(0, 200), reason });
  res
    .status(400)
    .type("text/plain; charset=utf-8")
    .send(`400: ${translate("nl", key)}`);
}

/** True when the raw URL carries a NUL byte (raw or %00) or percent-encoding that does not decode. */
function badUrl(raw: string) {
  if (raw.includes("\0") || /%00/i.test(raw)) return true;
  try {
    decodeURIComponent(raw);
    return false;
  } catch {
    return true;
  }
}

/**
 * Input no page can use is refused before it reaches the routes, with a Dutch 400:
 * - a NUL byte or broken percent-encoding anywhere in the URL (PostgreSQL refuses NUL in text,
 *   and every page would otherwise have to guard each parameter);
 * - a body on a mutation that is not a form: every action reads a form, and the form parser
 *   throws on JSON or plain text.
 */
export function refuseMalformedRequests(req: Request, res: Response, next: NextFunction) {
  if (badUrl(req.originalUrl)) return refuse(req, res, "errors.badUrl", "url");
  if (SAFE_METHODS.has(req.method) || NON_FORM_BODIES_ALLOWED.some((p) => p.test(req.path))) return next();
  const hasBody = Number(req.get("content-length") ?? 0) > 0 || req.get("transfer-encoding") !== undefined;
  const type = (req.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (hasBody && !FORM_TYPES.has(type)) return refuse(req, res, "errors.formOnly", "content-type");
  next();
}
