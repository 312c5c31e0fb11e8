import type Stripe from "stripe";
import type { PayInvoice } from "~/modules/billing/index.server";
import { db } from "~/utils/db.server";
import { conflict } from "~/utils/errors";
import { attemptStripeCall, queueStripeCall } from "../calls.server";
import { EURO_CHECKOUT_METHODS } from "../client.server";
import { bookPurchasePayment } from "../invoices/index.server";
import type { StripeCallKind, StripeMetadata } from "../types";

/**
 * A Checkout Session for a purchase (a held ticket, a payment request): created through the queue
 * with our record as idempotency key, so a retry never makes a second session for one hold.
 */
export const purchaseCheckoutCall: StripeCallKind = {
  kind: "purchase-checkout",
  perform: (stripe, params, idempotencyKey) =>
    stripe.checkout.sessions.create(params as Stripe.Checkout.SessionCreateParams, { idempotencyKey }),
};

export type PurchaseCheckout = {
  werkplaatsId: string;
  idempotencyKey: string;
  name: string;
  amountCents: number;
  email: string;
  locale: "nl" | "en";
  metadata: StripeMetadata;
  successUrl: string;
  cancelUrl: string;
  /** When the session stops taking payment (at least 30 minutes from now, as Stripe requires). */
  expiresAt?: Date;
};

/**
 * Asks Stripe for the Checkout page of a purchase and returns where to send the buyer. When
 * Stripe does not answer now the buyer is told to try again shortly (the queued call is retried
 * in the background, but nobody waits for that page).
 */
export async function checkoutUrlFor(purchase: PurchaseCheckout): Promise<{ sessionId: string; url: string }> {
  const params: Stripe.Checkout.SessionCreateParams = {
    mode: "payment",
    allowed_payment_method_types: [...EURO_CHECKOUT_METHODS],
    line_items: [
      { quantity: 1, price_data: { currency: "eur", unit_amount: purchase.amountCents, product_data: { name: purchase.name } } },
    ],
    customer_email: purchase.email,
    locale: purchase.locale,
    metadata: purchase.metadata,
    payment_intent_data: { metadata: purchase.metadata },
    success_url: purchase.successUrl,
    cancel_url: purchase.cancelUrl,
    ...(purchase.expiresAt ? { expires_at: Math.floor(purchase.expiresAt.getTime() / 1000) } : {}),
  };
  const call = await queueStripeCall(db, {
    werkplaatsId: purchase.werkplaatsId,
    kind: purchaseCheckoutCall.kind,
    idempotencyKey: purchase.idempotencyKey,
    params: params as unknown as Record<string, unknown>,
  });
  const done = call.status === "done" ? call : await attemptStripeCall(call.id, purchaseCheckoutCall);
  const session = done.result as { id?: string; url?: string } | null;
  if (done.status !== "done" || !session?.url || !session.id) throw conflict("stripe.purchase.unavailable");
  return { sessionId: session.id, url: session.url };
}

/**
 * What a completed session paid, in cents, the reference the ledger keeps (the PaymentIntent), and
 * how to book it on the sale's invoice: by its PaymentIntent, as an invoice paid online, so a
 * credit note on it refunds through Stripe and a dispute reopens it.
 */
export function paidBy(event: Stripe.Event) {
  const session = event.data.object as Stripe.Checkout.Session;
  if (session.payment_status !== "paid" || session.currency !== "eur" || !session.amount_total) return null;
  const intent = typeof session.payment_intent === "string" ? session.payment_intent : (session.payment_intent?.id ?? session.id);
  const money = { paymentIntentId: intent, amountCents: session.amount_total, currency: "eur", chargeId: null, methodType: null };
  return {
    amountCents: session.amount_total,
    reference: intent,
    pay: ((tx, invoice) => bookPurchasePayment(tx, invoice, money, event.created)) satisfies PayInvoice,
  };
}
