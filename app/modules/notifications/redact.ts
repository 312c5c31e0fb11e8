/**
 * Hides the secret part of the links in an email: every path segment or query value long enough
 * to be a token (ours are 32 or 43 URL-safe characters), except ids (UUIDs), which give nothing
 * away. A reset, invitation, verification or ticket link shown to a manager would let them take
 * over someone's account or place, also in other werkplaatsen.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SECRET = /^[A-Za-z0-9_-]{16,}$/;

/** What stands in for a secret: language-neutral, and plainly not a working link. */
const REDACTED = "••••••";

export function redactTokenLinks(text: string, replacement = REDACTED) {
  return text.replace(/https?:\/\/[^\s<>"]+/g, (link) =>
    link.replace(/([/=])([^/?&#=\s]+)/g, (part, sep: string, value: string) =>
      SECRET.test(value) && !UUID.test(value) ? `${sep}${replacement}` : part,
    ),
  );
}
