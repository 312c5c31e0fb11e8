import { createHash } from "node:crypto";
import type { Request, Response } from "express";
import { dictionaries } from "./dictionary";
import { isLocale, type Locale, messagesPath } from "./locales";

type MessagesScript = { url: string; body: string; version: string };

const scripts = new Map<Locale, MessagesScript>();

/**
 * One language's words as a script that hands them to browser-tables.ts. Made once per process:
 * the words only change with a new build. The URL carries a hash of the content, so the browser
 * keeps it for a year and a new build's words get a new URL.
 */
export function messagesScript(locale: Locale): MessagesScript {
  let script = scripts.get(locale);
  if (!script) {
    const json = JSON.stringify(dictionaries[locale]);
    const body = `(window.__werkplaatsMessages=window.__werkplaatsMessages||{})[${JSON.stringify(locale)}]=${json};\n`;
    const version = createHash("sha256").update(body).digest("base64url").slice(0, 12);
    script = { url: `${messagesPath(locale)}?v=${version}`, body, version };
    scripts.set(locale, script);
  }
  return script;
}

/**
 * GET /i18n/<locale>.js: the script above. With the current version in `v` it is immutable;
 * without it (or with an old one) it is the current words, to be checked again next time.
 */
export function serveMessages(req: Request, res: Response) {
  const locale = /^([a-z]{2})\.js$/.exec(req.params.file ?? "")?.[1];
  if (!isLocale(locale)) {
    res.status(404).type("text/plain").send("Not found");
    return;
  }
  const script = messagesScript(locale);
  const current = req.query.v === script.version;
  res.setHeader("Cache-Control", current ? "public, max-age=31536000, immutable" : "no-cache");
  // Express answers a matching If-None-Match with 304 itself.
  res.setHeader("ETag", `"${script.version}"`);
  res.type("text/javascript; charset=utf-8").send(script.body);
}
