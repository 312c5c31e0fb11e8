import type { Vars } from "~/modules/i18n";

/**
 * Mail goes out as plain text, and mail programs turn anything that looks like an address into a
 * clickable link. Names, organisations and questions are typed by strangers, so "Jan, klik op
 * www.evil.example/login" would arrive as a link from the werkplaats's own address. Every value
 * put into a mail is made inert: line breaks become spaces (no injected paragraphs), and
 * schemes and host names are broken the way security teams "defang" them
 * (`https[:]//evil[.]example`), so the text still reads but nothing links.
 *
 * Only the vars we build ourselves are exempt: `link`, names ending in `Link` or `Url` (our own
 * URLs), and `email` (an address we validated; at worst a mailto to the person themselves).
 */
const TRUSTED_VAR = /^(link|email)$|(Link|Url)$/;

export function inertText(value: string): string {
  return value
    .replace(/[\r\n\t\v\f\u2028\u2029]+/g, " ")
    .replace(/\b([a-z][a-z0-9+.-]{0,20}):\/\//gi, "$1[:]//")
    .replace(/([\p{L}\p{N}-])[.\u3002\uff0e](?=\p{L}{2,})/gu, "$1[.]");
}

export function inertVars(vars: Vars): Vars {
  return Object.fromEntries(
    Object.entries(vars).map(([name, value]) => [name, typeof value === "string" && !TRUSTED_VAR.test(name) ? inertText(value) : value]),
  );
}
