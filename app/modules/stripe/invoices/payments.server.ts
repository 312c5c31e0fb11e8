import { and, eq, sql } from "drizzle-orm";
import type Stripe from "stripe";
import { invoices, stripePayments, werkplaatsen } from "#db/schema";
import { recordPayment, reversePayment } from "~/modules/billing/index.server";
import type { Tx } from "~/utils/db.server";
import { logger } from "~/utils/logger.server";
import { todayIn } from "~/utils/zoned-time";
import { noteCollection, tellPartyReopened } from "../collections/outcome.server";
import type { StripeEventHandler } from "../types";

type StripeMoney = {
  paymentIntentId: string;
  amountCents: number;
  currency: string;
  chargeId: string | null;
  methodType: string | null;
};

/** The invoice an object's metadata names, when it is really that werkplaats's invoice (metadata is only a claim). */
async function invoiceOf(tx: Tx, metadata: Stripe.Metadata | null | undefined) {
  const werkplaatsId = metadata?.werkplaatsId;
  const invoiceId = metadata?.invoiceId;
  if (!werkplaatsId || !invoiceId || !/^[0-9a-f-]{36}$/i.test(invoiceId) || !/^[0-9a-f-]{36}$/i.test(werkplaatsId)) return null;
  const [row] = await tx
    .select({ id: invoices.id, werkplaatsId: invoices.werkplaatsId, timezone: werkplaatsen.timezone })
    .from(invoices)
    .innerJoin(werkplaatsen, eq(werkplaatsen.id, invoices.werkplaatsId))
    .where(and(eq(invoices.id, invoiceId), eq(invoices.werkplaatsId, werkplaatsId)));
  return row ?? null;
}

/** The PaymentIntent's row, made the first time any event about it arrives (whichever comes first), locked. */
async function paymentRow(tx: Tx, invoice: { id: string; werkplaatsId: string }, money: StripeMoney) {
  await tx
    .insert(stripePayments)
    .values({
      paymentIntentId: money.paymentIntentId,
      werkplaatsId: invoice.werkplaatsId,
      invoiceId: invoice.id,
      amountCents: money.amountCents,
      status: "processing",
      methodType: money.methodType,
    })
    .onConflictDoNothing();
  const [row] = await tx.select().from(stripePayments).where(eq(stripePayments.paymentIntentId, money.paymentIntentId)).for("update");
  return row!;
}

/**
 * Books what Stripe says was paid on the invoice, once per PaymentIntent: the row is keyed by
 * the PaymentIntent and names the payment it made, so `checkout.session.completed` and
 * `payment_intent.succeeded` (either first, each any number of times) book it once. The amount is
 * Stripe's, not the invoice's: paid beyond what was open stays with the party as credit (the
 * ledger's payment rule, audited with the credit), never a silent mismatch.
 */
async function bookPayment(tx: Tx, metadata: Stripe.Metadata | null | undefined, money: StripeMoney, paidAt: number) {
  const invoice = await invoiceOf(tx, metadata);
  if (!invoice) return logger.warn("stripe payment for no invoice of ours", { paymentIntentId: money.paymentIntentId });
  if (money.currency !== "eur")
    return logger.error("stripe payment not in euro", { paymentIntentId: money.paymentIntentId, currency: money.currency });
  const row = await paymentRow(tx, invoice, money);
  if (row.paymentId) {
    // Booked already (by the session, which does not say how the customer paid): the
    // PaymentIntent's own event fills in the method and the charge, nothing else.
    if ((!row.methodType && money.methodType) || (!row.chargeId && money.chargeId))
      await tx
        .update(stripePayments)
        .set({ methodType: row.methodType ?? money.methodType, chargeId: row.chargeId ?? money.chargeId, updatedAt: sql`now()` })
        .where(eq(stripePayments.paymentIntentId, money.paymentIntentId));
    return;
  }
  await noteCollection(tx, { id: money.paymentIntentId, metadata }, "succeeded");
  const { payment } = await recordPayment(
    invoice.werkplaatsId,
    null,
    invoice.id,
    {
      amountCents: money.amountCents,
      method: "stripe",
      receivedOn: todayIn(new Date(paidAt * 1000), invoice.timezone),
      reference: money.paymentIntentId,
    },
    tx,
  );
  await tx
    .update(stripePayments)
    .set({
      paymentId: payment.id,
      status: "succeeded",
      amountCents: money.amountCents,
      chargeId: money.chargeId,
      methodType: money.methodType ?? row.methodType,
      updatedAt: sql`now()`,
    })
    .where(eq(stripePayments.paymentIntentId, money.paymentIntentId));
}

/**
 * A purchase paid at Checkout (a day pass, …) books on the invoice it was just given, the same way:
 * keyed by the PaymentIntent, so a credit note on it refunds through Stripe and a dispute reopens it.
 */
export function bookPurchasePayment(tx: Tx, invoice: { id: string; werkplaatsId: string }, money: StripeMoney, paidAt: number) {
  return bookPayment(tx, { werkplaatsId: invoice.werkplaatsId, invoiceId: invoice.id }, money, paidAt);
}

const intentMoney = (pi: Stripe.PaymentIntent): StripeMoney => ({
  paymentIntentId: pi.id,
  amountCents: pi.amount_received || pi.amount,
  currency: pi.currency,
  chargeId: typeof pi.latest_charge === "string" ? pi.latest_charge : (pi.latest_charge?.id ?? null),
  methodType: pi.payment_method_types?.[0] ?? null,
});

/** SEPA takes days: the invoice shows "wordt geïncasseerd" meanwhile. */
async function markProcessing(tx: Tx, pi: Stripe.PaymentIntent) {
  const invoice = await invoiceOf(tx, pi.metadata);
  if (!invoice) return;
  // A late `processing` after the debit succeeded or failed finds the row and changes nothing.
  await paymentRow(tx, invoice, intentMoney(pi));
  await noteCollection(tx, pi, "processing");
}

/**
 * A debit the bank refused (or a payment that failed, or was disputed): the invoice is open again.
 * When it had been booked (a failure after success is a SEPA return), the payment is reversed, so
 * the receivables list counts the invoice as open. The party is told by email: a collection's
 * failure by the collection (once), a disputed payment made at Checkout here (once: the row moves
 * to `disputed` once).
 */
export async function markFailed(
  tx: Tx,
  pi: Pick<Stripe.PaymentIntent, "id" | "metadata"> & Partial<Stripe.PaymentIntent>,
  status: "failed" | "disputed",
  reason: string | null,
) {
  const invoice = await invoiceOf(tx, pi.metadata);
  if (!invoice) return;
  const row = await paymentRow(tx, invoice, intentMoney(pi as Stripe.PaymentIntent));
  if (row.status === "failed" || row.status === "disputed") return;
  const collected = await noteCollection(tx, pi, "failed", reason);
  if (row.paymentId) await reversePayment(invoice.werkplaatsId, null, row.paymentId, { reasonCode: reason }, tx);
  if (row.paymentId && status === "disputed" && !collected)
    await tellPartyReopened(tx, {
      werkplaatsId: invoice.werkplaatsId,
      invoiceId: invoice.id,
      amountCents: row.amountCents,
      template: "mail.stripePaymentDisputed",
    });
  await tx
    .update(stripePayments)
    .set({ status, failureReason: reason, updatedAt: sql`now()` })
    .where(eq(stripePayments.paymentIntentId, pi.id));
}

export const invoicePaymentHandlers: StripeEventHandler[] = [
  {
    type: "checkout.session.completed",
    kind: "invoice",
    handle: async (tx, event) => {
      const session = event.data.object as Stripe.Checkout.Session;
      if (session.payment_status !== "paid" || !session.payment_intent) return;
      const paymentIntentId = typeof session.payment_intent === "string" ? session.payment_intent : session.payment_intent.id;
      await bookPayment(
        tx,
        session.metadata,
        { paymentIntentId, amountCents: session.amount_total ?? 0, currency: session.currency ?? "", chargeId: null, methodType: null },
        event.created,
      );
    },
  },
  {
    type: "payment_intent.succeeded",
    kind: "invoice",
    handle: async (tx, event) => {
      const pi = event.data.object as Stripe.PaymentIntent;
      await bookPayment(tx, pi.metadata, intentMoney(pi), event.created);
    },
  },
  {
    type: "payment_intent.processing",
    kind: "invoice",
    handle: (tx, event) => markProcessing(tx, event.data.object as Stripe.PaymentIntent),
  },
  {
    type: "payment_intent.payment_failed",
    kind: "invoice",
    handle: async (tx, event) => {
      const pi = event.data.object as Stripe.PaymentIntent;
      await markFailed(tx, pi, "failed", pi.last_payment_error?.code ?? "payment_failed");
    },
  },
];
