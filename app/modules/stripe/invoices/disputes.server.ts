import { and, eq, sql } from "drizzle-orm";
import type Stripe from "stripe";
import { stripePayments, werkplaatsen } from "#db/schema";
import { recordPayment } from "~/modules/billing/index.server";
import type { Tx } from "~/utils/db.server";
import { todayIn } from "~/utils/zoned-time";
import type { StripeEventHandler } from "../types";
import { markFailed } from "./payments.server";

const intentOf = (dispute: Stripe.Dispute) =>
  typeof dispute.payment_intent === "string" ? dispute.payment_intent : (dispute.payment_intent?.id ?? null);

/** The payment we booked for the disputed PaymentIntent, locked; a dispute on anything else is not ours. */
async function disputedPayment(tx: Tx, dispute: Stripe.Dispute) {
  const paymentIntentId = intentOf(dispute);
  if (!paymentIntentId) return null;
  const [row] = await tx.select().from(stripePayments).where(eq(stripePayments.paymentIntentId, paymentIntentId)).for("update");
  return row ?? null;
}

/**
 * A payer disputes a payment at their bank or card issuer: Stripe takes the money back at once, so
 * the invoice is open again (and in the receivables) and the party is told. A dispute carries no
 * metadata of ours: it is found by the PaymentIntent it disputes, among those we booked, whatever
 * was sold (an invoice paid online, a ticket, a day pass, a payment request). When the werkplaats
 * wins it, Stripe returns the money and it is booked on the invoice again, once: the row moves
 * from `disputed` to `succeeded` once. A lost dispute changes nothing more.
 */
export const disputeHandlers: StripeEventHandler[] = [
  {
    type: "charge.dispute.created",
    handle: async (tx, event) => {
      const dispute = event.data.object as Stripe.Dispute;
      const row = await disputedPayment(tx, dispute);
      if (!row) return;
      await markFailed(
        tx,
        {
          id: row.paymentIntentId,
          metadata: { werkplaatsId: row.werkplaatsId, invoiceId: row.invoiceId },
          amount: row.amountCents,
          currency: "eur",
          payment_method_types: [],
        },
        "disputed",
        dispute.reason ?? "dispute",
      );
    },
  },
  {
    type: "charge.dispute.closed",
    handle: async (tx, event) => {
      const dispute = event.data.object as Stripe.Dispute;
      if (dispute.status !== "won") return;
      const row = await disputedPayment(tx, dispute);
      if (row?.status !== "disputed") return;
      const [werkplaats] = await tx
        .select({ timezone: werkplaatsen.timezone })
        .from(werkplaatsen)
        .where(eq(werkplaatsen.id, row.werkplaatsId));
      const { payment } = await recordPayment(
        row.werkplaatsId,
        null,
        row.invoiceId,
        {
          amountCents: row.amountCents,
          method: "stripe",
          receivedOn: todayIn(new Date(event.created * 1000), werkplaats?.timezone),
          reference: row.paymentIntentId,
        },
        tx,
      );
      await tx
        .update(stripePayments)
        .set({ paymentId: payment.id, status: "succeeded", failureReason: null, updatedAt: sql`now()` })
        .where(and(eq(stripePayments.paymentIntentId, row.paymentIntentId), eq(stripePayments.status, "disputed")));
    },
  },
];
