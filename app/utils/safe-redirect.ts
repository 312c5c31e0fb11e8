/**
 * Where a user may be sent after logging in, switching language and the like: only somewhere on
 * this site. The target is resolved with the WHATWG URL parser (the one browsers use for the
 * Location header) against a stand-in origin and accepted only when the origin stays the same,
 * so tricks that string checks miss (`/\evil.example`, `/./\evil`, tabs or newlines inside `//`,
 * encoded slashes, `javascript:`) fall back instead of leaving the site.
 */
const OWN_ORIGIN = "http://werkplaats.invalid";

function sameOriginPath(target: string): string | undefined {
  let url: URL;
  try {
    url = new URL(target, OWN_ORIGIN);
  } catch {
    return undefined;
  }
  if (url.origin !== OWN_ORIGIN) return undefined;
  return url.pathname + url.search + url.hash;
}

export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/") {
  // Only local paths: a full URL, even to ourselves, is not what our own links produce.
  if (typeof to !== "string" || !to.startsWith("/")) return fallback;
  const path = sameOriginPath(to);
  // The normalised path is what we send; it must itself stay here when the browser resolves
  // it again (`/.//evil.example` normalises to `//evil.example`, which would not).
  if (path === undefined || sameOriginPath(path) !== path || path.startsWith("//")) return fallback;
  return path;
}
