/**
 * Whether an If-None-Match header names this entity tag (or `*`). Weak comparison, as RFC 9110
 * asks for GET: `W/"x"` and `"x"` are the same tag here.
 */
export function matchesEtag(header: string | null | undefined, etag: string) {
  if (!header) return false;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t.replace(/^W\//, "") === bare;
  });
}
