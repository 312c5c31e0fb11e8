import type { HeadersFunction } from "@remix-run/node";

/**
 * Remix puts only a route's `headers` export (plus cookies) on the page it renders, not the
 * headers of its action's data(). Routes that can answer 429 export this, so the page and the
 * client-side data request carry the Retry-After the rate limit or throttle set.
 */
export const passRetryAfter: HeadersFunction = ({ actionHeaders, loaderHeaders, errorHeaders }) => {
  const value = actionHeaders.get("Retry-After") ?? errorHeaders?.get("Retry-After") ?? loaderHeaders.get("Retry-After");
  return value ? { "Retry-After": value } : new Headers();
};
