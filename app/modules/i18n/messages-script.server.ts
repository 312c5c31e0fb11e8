import { createHash } from "node:crypto";
import type { Request, Response } from "express";
import { isLocale } from "./locales";
import { messagesScript, partScript } from "./words-scripts";

/**
 * GET /i18n/<locale>.js: all words, or with `g` the words of those groups. With the current
 * version in `v` it is immutable; without it (or with an old one) it is the current words, to be
 * checked again next time.
 */
export function serveMessages(req: Request, res: Response) {
  const locale = /^([a-z]{2})\.js$/.exec(req.params.file ?? "")?.[1];
  const list = req.query.g;
  const body = !isLocale(locale)
    ? undefined
    : list === undefined
      ? messagesScript(locale).body
      : typeof list === "string"
        ? partScript(locale, list)
        : undefined;
  if (!isLocale(locale) || body === undefined) {
    res.status(404).type("text/plain").send("Not found");
    return;
  }
  const version = messagesScript(locale).version;
  const current = req.query.v === version;
  res.setHeader("Cache-Control", current ? "public, max-age=31536000, immutable" : "no-cache");
  // Express answers a matching If-None-Match with 304 itself.
  res.setHeader("ETag", `"${version}-${createHash("sha256").update(body).digest("base64url").slice(0, 12)}"`);
  res.type("text/javascript; charset=utf-8").send(body);
}
