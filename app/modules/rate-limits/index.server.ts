// The public face of rate limiting: other modules and routes import from here only.
export { FORM_LIMITS, requireWithinLimit, type LimitedForm } from "./forms.server";
export { pruneRateLimits, take, tableLimiter, type TableLimiter, type Taken } from "./limiter.server";
