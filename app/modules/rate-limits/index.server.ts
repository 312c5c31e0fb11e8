// The public face of rate limiting: other modules and routes import from here only.
export { FORM_LIMITS, requireWithinLimit } from "./forms.server";
export { pruneRateLimits, take, tableLimiter } from "./limiter.server";
