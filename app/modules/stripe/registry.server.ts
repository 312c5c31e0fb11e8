import { customerCall } from "./customers.server";
import { paymentRequestHandlers, purchaseCheckoutCall, ticketHandlers } from "./purchases/index.server";
import type { StripeCallKind, StripeEventHandler } from "./types";

/**
 * Everything that acts on a Stripe webhook, and every kind of queued call: one line per part of
 * the app that uses Stripe. The dispatcher (events.server.ts) and the call runner (calls.server.ts)
 * read these lists and never change when a part is added. Functions, not constants, so the
 * import cycle (a part queues calls through calls.server.ts) resolves before the lists are read.
 */
export function stripeEventHandlers(): StripeEventHandler[] {
  return [...ticketHandlers, ...paymentRequestHandlers];
}

export function stripeCallKinds(): StripeCallKind[] {
  return [customerCall, purchaseCheckoutCall];
}
