import type Stripe from "stripe";
import { recordMoneyEvent } from "~/modules/billing/index.server";
import type { Tx } from "~/utils/db.server";
import { queueStripeCall } from "../calls.server";
import type { StripeCallKind } from "../types";

/** Gives back a payment for a held sale that could not be made; the hold is the idempotency key. */
export const holdRefundCall: StripeCallKind = {
  kind: "refund.hold",
  perform: (stripe, params, idempotencyKey) => stripe.refunds.create(params as Stripe.RefundCreateParams, { idempotencyKey }),
};

/**
 * Paid, but nothing could be sold for it (the spot went to someone else, the card could not be
 * made): the whole amount goes back through a queued refund, and the money event is audited.
 */
export async function refundUnsold(
  tx: Tx,
  hold: { id: string; werkplaatsId: string; kind: string },
  paid: { amountCents: number; reference: string },
  source: "day_pass_hold" | "strippenkaart_hold",
) {
  await queueStripeCall(tx, {
    werkplaatsId: hold.werkplaatsId,
    kind: holdRefundCall.kind,
    idempotencyKey: `refund:hold:${hold.id}`,
    params: {
      payment_intent: paid.reference,
      amount: paid.amountCents,
      metadata: { werkplaatsId: hold.werkplaatsId, kind: `${hold.kind}-hold`, holdId: hold.id },
    },
  });
  // Money in and out again with no invoice between: the audit trail is where it shows.
  await recordMoneyEvent(tx, {
    werkplaatsId: hold.werkplaatsId,
    invoiceId: null,
    actorId: null,
    kind: "stripe_refund",
    details: { source, holdId: hold.id, amountCents: paid.amountCents, paymentIntentId: paid.reference },
  });
}
