import Stripe from "stripe";
import { env } from "~/utils/env.server";

/** Whether Stripe is the payment rail here: both keys set (start-up refuses one without the other). */
export function isStripeConfigured(): boolean {
  return Boolean(env().STRIPE_SECRET_KEY && env().STRIPE_WEBHOOK_SECRET);
}

/** A test key: payments are not real, and every page says so ("testmodus"). */
export function isStripeTestMode(): boolean {
  return isStripeConfigured() && /^(sk|rk)_test_/.test(env().STRIPE_SECRET_KEY ?? "");
}

/**
 * What a payer in euro is offered at Checkout: iDEAL (the Netherlands), Bancontact (Belgium) and
 * card. All three are final when the session completes, so a completed session is paid; iDEAL and
 * Bancontact can leave a SEPA Direct Debit mandate when the payer agrees to later collection.
 */
export const EURO_CHECKOUT_METHODS = ["ideal", "bancontact", "card"] as const;

let client: { key: string; stripe: Stripe } | undefined;

/**
 * The one SDK client, built from the environment. The SDK's own retries are off: every call that
 * creates something is queued and retried by us with the same idempotency key (calls.server.ts),
 * so a retry survives a restart and the manager can see a call that keeps failing.
 * STRIPE_API_HOST/PORT/PROTOCOL point it at the local test server in tests.
 */
export function stripeClient(): Stripe {
  const e = env();
  if (!e.STRIPE_SECRET_KEY) throw new Error("Stripe is not configured (STRIPE_SECRET_KEY)");
  const key = `${e.STRIPE_SECRET_KEY}|${e.STRIPE_API_HOST}|${e.STRIPE_API_PORT}|${e.STRIPE_API_PROTOCOL}`;
  if (client?.key !== key) {
    client = {
      key,
      stripe: new Stripe(e.STRIPE_SECRET_KEY, {
        maxNetworkRetries: 0,
        timeout: e.STRIPE_TIMEOUT_MS,
        telemetry: false,
        appInfo: { name: "Werkplaats" },
        ...(e.STRIPE_API_HOST ? { host: e.STRIPE_API_HOST } : {}),
        ...(e.STRIPE_API_PORT ? { port: e.STRIPE_API_PORT } : {}),
        ...(e.STRIPE_API_PROTOCOL ? { protocol: e.STRIPE_API_PROTOCOL } : {}),
      }),
    };
  }
  return client.stripe;
}

/**
 * Where Stripe's hosted Checkout pages are: the pay forms post to us and we redirect there, and a
 * browser holds that redirect to the page's CSP form-action as well. Null without Stripe.
 */
export function stripeCheckoutOrigin(): string | null {
  if (!isStripeConfigured()) return null;
  const e = env();
  if (!e.STRIPE_API_HOST) return "https://checkout.stripe.com";
  return `${e.STRIPE_API_PROTOCOL ?? "https"}://${e.STRIPE_API_HOST}${e.STRIPE_API_PORT ? `:${e.STRIPE_API_PORT}` : ""}`;
}

/** The webhook signing secret; only called once Stripe is configured. */
export function webhookSecret(): string {
  const secret = env().STRIPE_WEBHOOK_SECRET;
  if (!secret) throw new Error("Stripe is not configured (STRIPE_WEBHOOK_SECRET)");
  return secret;
}
