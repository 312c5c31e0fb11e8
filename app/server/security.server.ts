import { randomBytes, randomUUID } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { appUrl, env } from "~/utils/env.server";
import { logger } from "~/utils/logger.server";
import { stripeCheckoutOrigin } from "~/modules/stripe/index.server";

/** A request id (kept from X-Request-Id when sane) and a CSP nonce for this response. */
export function requestIdentity(req: Request, res: Response, next: NextFunction) {
  const incoming = req.get("x-request-id");
  res.locals.requestId = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
  res.locals.nonce = randomBytes(16).toString("base64");
  res.setHeader("X-Request-Id", res.locals.requestId);
  next();
}

/** Headers every answer carries. Scripts only from us or with this response's nonce. */
export function securityHeaders(_req: Request, res: Response, next: NextFunction) {
  const dev = env().NODE_ENV === "development" && Boolean(process.env.REMIX_DEV_ORIGIN);
  const checkout = stripeCheckoutOrigin();
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${res.locals.nonce}'`,
    // Calendar and Radix set inline style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    // A pay form is answered with a redirect to Stripe Checkout; the browser blocks it unless listed here.
    `form-action 'self'${checkout ? ` ${checkout}` : ""}`,
    "object-src 'none'",
  ].join("; ");
  res.setHeader("Content-Security-Policy", csp);
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
  if (env().NODE_ENV === "production") {
    res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }
  next();
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Endpoints called by other servers, which authenticate by signature instead. */
const CROSS_SITE_ALLOWED = [/^\/webhooks\//];

function originOf(value: string | undefined) {
  if (!value) return undefined;
  try {
    return new URL(value).origin;
  } catch {
    return undefined;
  }
}

/**
 * Cross-site request forgery guard for every mutation, on top of SameSite=Lax cookies:
 * the Origin (or, failing that, the Referer) must be this site.
 */
export function sameOriginMutations(req: Request, res: Response, next: NextFunction) {
  if (SAFE_METHODS.has(req.method) || CROSS_SITE_ALLOWED.some((p) => p.test(req.path))) return next();
  const claimed = originOf(req.get("origin")) ?? originOf(req.get("referer"));
  const own = new Set([`${req.protocol}://${req.get("host")}`, originOf(appUrl())]);
  if (claimed && own.has(claimed)) return next();
  logger.warn("cross-site mutation refused", { requestId: res.locals.requestId, path: req.path, origin: claimed ?? null });
  res.status(403).type("text/plain; charset=utf-8").send("403: Dit verzoek kwam niet van deze website en is geweigerd.");
}

/** Pages that take a file bigger than any form: a team's deliverable or a challenge's outcome (10 MB), an event's picture (1 MB), plus the fields around it. */
const UPLOAD_LIMITS: [RegExp, number][] = [
  [/^\/trajecten\/[^/]+$/, 10 * 1024 * 1024 + 64 * 1024],
  [/^\/werkplaats\/hackathons\/[^/]+$/, 10 * 1024 * 1024 + 64 * 1024],
  [/^\/admin\/events\/[^/]+\/image$/, 1024 * 1024 + 64 * 1024],
];

/**
 * Bodies must say how long they are and stay under the limit, so no request can make the
 * server buffer without end. Browsers always send Content-Length for forms.
 */
export function bodyLimit(req: Request, res: Response, next: NextFunction) {
  if (SAFE_METHODS.has(req.method)) return next();
  const upload = UPLOAD_LIMITS.find(([path]) => path.test(req.path))?.[1] ?? 0;
  const limit = Math.max(env().BODY_LIMIT_BYTES, upload);
  const length = req.get("content-length");
  if (length === undefined) {
    if (req.get("transfer-encoding")) {
      res.status(411).type("text/plain; charset=utf-8").send("411: Content-Length is verplicht.");
      return;
    }
    return next();
  }
  if (!/^\d+$/.test(length) || Number(length) > limit) {
    res.status(413).type("text/plain; charset=utf-8").send("413: Het verzoek is te groot.");
    return;
  }
  next();
}

/** One JSON log line per request: id, method, path, status, duration. */
export function requestLog(req: Request, res: Response, next: NextFunction) {
  const started = process.hrtime.bigint();
  res.on("finish", () => {
    const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
    const fields = {
      requestId: res.locals.requestId,
      method: req.method,
      path: req.path,
      status: res.statusCode,
      durationMs: Math.round(durationMs * 10) / 10,
    };
    if (res.statusCode >= 500) logger.error("request", fields);
    else if (req.path.startsWith("/build/")) logger.debug("request", fields);
    else logger.info("request", fields);
  });
  next();
}
