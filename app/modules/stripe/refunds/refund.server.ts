import { and, desc, eq, gte, isNull, sql } from "drizzle-orm";
import type Stripe from "stripe";
import { invoices, stripePayments, stripeRefunds } from "#db/schema";
import { recordMoneyEvent } from "~/modules/billing/index.server";
import { db, type Tx } from "~/utils/db.server";
import { queueStripeCall } from "../calls.server";
import type { StripeCallKind, StripeEventHandler } from "../types";

/** A credit note is refunded through Stripe when it is issued within this many days of the sweep seeing it. */
const RECENT_DAYS = 30;

/** Refunding (part of) a Stripe payment for a credit note; the credit note is the idempotency key. */
export const refundCall: StripeCallKind = {
  kind: "refund.credit_note",
  perform: (stripe, params, idempotencyKey) => stripe.refunds.create(params as Stripe.RefundCreateParams, { idempotencyKey }),
  onDone: async (tx, call, result) => {
    const refundRowId = (call.params.metadata as { refundRowId: string }).refundRowId;
    await tx
      .update(stripeRefunds)
      .set({ refundId: result.id })
      .where(and(eq(stripeRefunds.id, refundRowId), sql`${stripeRefunds.refundId} is null`));
  },
  // Refused (e.g. the money went back from the dashboard meanwhile): nothing was refunded, the amount is open again.
  onRefused: async (tx, call) => {
    const refundRowId = (call.params.metadata as { refundRowId: string }).refundRowId;
    await tx.update(stripeRefunds).set({ refusedAt: sql`now()` }).where(eq(stripeRefunds.id, refundRowId));
    await recordMoneyEvent(tx, {
      werkplaatsId: call.werkplaatsId,
      invoiceId: (call.params.metadata as { invoiceId: string }).invoiceId,
      actorId: null,
      kind: "stripe_refund",
      details: { status: "refused", amountCents: Number(call.params.amount), error: call.lastError },
    });
  },
};

/**
 * What Stripe may still give back on an invoice, and from which PaymentIntent: the credit notes
 * made the invoice overpaid by `overpaid`; refunds already made or proposed (either source) count
 * against it, so a credit note that matches a dashboard refund refunds nothing again. The invoice
 * row is locked: a credit-note refund and a dashboard refund of one invoice take turns.
 */
async function refundRoom(tx: Tx, invoiceId: string) {
  const [invoice] = await tx.select().from(invoices).where(eq(invoices.id, invoiceId)).for("update");
  const [sums] = await tx
    .select({
      credited: sql<string>`(select coalesce(sum(c.gross_cents), 0) from invoices c where c.credits_invoice_id = ${invoiceId} and c.status <> 'draft')`,
      refunded: sql<string>`(select coalesce(sum(r.amount_cents), 0) from stripe_refunds r where r.invoice_id = ${invoiceId} and r.refused_at is null)`,
    })
    .from(invoices)
    .where(eq(invoices.id, invoiceId));
  const overpaid = invoice!.paidCents + Number(sums!.credited) - invoice!.grossCents;
  // The Stripe payment with the most left to refund (a refund goes back on one PaymentIntent).
  // A join, not a correlated subquery in the selection: drizzle leaves the columns of a one-table
  // select unqualified, so the subquery's own payment_intent_id would match every refund there is.
  const left = sql<string>`${stripePayments.amountCents} - coalesce(sum(${stripeRefunds.amountCents}) filter (where ${stripeRefunds.refusedAt} is null), 0)`;
  const [best] = await tx
    .select({ paymentIntentId: stripePayments.paymentIntentId, left })
    .from(stripePayments)
    .leftJoin(stripeRefunds, eq(stripeRefunds.paymentIntentId, stripePayments.paymentIntentId))
    .where(and(eq(stripePayments.invoiceId, invoiceId), eq(stripePayments.status, "succeeded")))
    .groupBy(stripePayments.paymentIntentId, stripePayments.amountCents)
    .orderBy(sql`2 desc`)
    .limit(1);
  return {
    invoice: invoice!,
    room: Math.max(0, overpaid - Number(sums!.refunded)),
    paymentIntentId: best?.paymentIntentId ?? null,
    paymentLeft: Number(best?.left ?? 0),
  };
}

/**
 * Refunds through Stripe what recent credit notes give back on invoices paid through Stripe
 * (partly, when only part was paid through Stripe or only part is credited). The refund row, the
 * queued call (key `refund:<credit note>`) and the audit event are written together; a credit
 * note that gives nothing back (the invoice was not paid yet, or the money went back from
 * Stripe's dashboard already) settles a waiting dashboard proposal instead. Returns how many were queued.
 */
export async function queueRefunds(limit = 50): Promise<number> {
  const notes = await db
    .select({
      id: invoices.id,
      werkplaatsId: invoices.werkplaatsId,
      invoiceId: sql<string>`${invoices.creditsInvoiceId}`,
      grossCents: invoices.grossCents,
      number: invoices.number,
    })
    .from(invoices)
    .where(
      and(
        eq(invoices.kind, "credit_note"),
        sql`${invoices.status} <> 'draft'`,
        gte(invoices.issuedAt, sql`now() - make_interval(days => ${RECENT_DAYS})`),
        sql`exists (select 1 from ${stripePayments} p where p.invoice_id = ${invoices.creditsInvoiceId} and p.status = 'succeeded')`,
        sql`not exists (select 1 from ${stripeRefunds} r where r.credit_note_id = ${invoices.id})`,
      ),
    )
    // Newest first: notes that give nothing back stay eligible for 30 days and must not crowd out a new one.
    .orderBy(desc(invoices.issuedAt))
    .limit(limit);
  let queued = 0;
  for (const note of notes) {
    await db.transaction(async (tx) => {
      const { room, paymentIntentId, paymentLeft } = await refundRoom(tx, note.invoiceId);
      const amount = Math.min(note.grossCents, room, paymentLeft);
      if (amount <= 0 || !paymentIntentId) {
        await tx
          .update(stripeRefunds)
          .set({ creditNoteId: note.id, resolvedAt: sql`now()` })
          .where(
            sql`${stripeRefunds.id} = (select id from stripe_refunds where invoice_id = ${note.invoiceId} and source = 'dashboard'
              and resolved_at is null order by created_at limit 1)`,
          );
        return;
      }
      const [row] = await tx
        .insert(stripeRefunds)
        .values({
          werkplaatsId: note.werkplaatsId,
          invoiceId: note.invoiceId,
          creditNoteId: note.id,
          paymentIntentId,
          amountCents: amount,
          source: "credit_note",
        })
        .onConflictDoNothing()
        .returning();
      if (!row) return;
      await queueStripeCall(tx, {
        werkplaatsId: note.werkplaatsId,
        kind: refundCall.kind,
        idempotencyKey: `refund:${note.id}`,
        params: {
          payment_intent: paymentIntentId,
          amount,
          metadata: {
            werkplaatsId: note.werkplaatsId,
            kind: "refund",
            invoiceId: note.invoiceId,
            creditNoteId: note.id,
            refundRowId: row.id,
          },
        },
      });
      await recordMoneyEvent(tx, {
        werkplaatsId: note.werkplaatsId,
        invoiceId: note.invoiceId,
        actorId: null,
        kind: "stripe_refund",
        details: { source: "credit_note", creditNote: note.number, amountCents: amount, paymentIntentId },
      });
      queued++;
    });
  }
  return queued;
}

/**
 * Stripe says a charge was refunded. Refunds we asked for are known by their row (named in the
 * refund's metadata, or counted by amount when the list is not in the payload); whatever Stripe
 * refunded beyond them was done in Stripe's dashboard and becomes a proposal: the manager makes
 * the credit note or dismisses it. Counting by the charge's total makes replays and reordered
 * events harmless: an older event refunded less and adds nothing.
 */
async function chargeRefunded(tx: Tx, charge: Stripe.Charge) {
  const paymentIntentId = typeof charge.payment_intent === "string" ? charge.payment_intent : charge.payment_intent?.id;
  if (!paymentIntentId) return;
  const [payment] = await tx.select().from(stripePayments).where(eq(stripePayments.paymentIntentId, paymentIntentId));
  if (!payment) return;
  await tx.select({ id: invoices.id }).from(invoices).where(eq(invoices.id, payment.invoiceId)).for("update");
  const listed = charge.refunds?.data ?? [];
  for (const refund of listed) {
    const rowId = refund.metadata?.refundRowId;
    if (rowId && /^[0-9a-f-]{36}$/i.test(rowId))
      await tx
        .update(stripeRefunds)
        .set({ refundId: refund.id })
        .where(
          and(eq(stripeRefunds.id, rowId), eq(stripeRefunds.paymentIntentId, paymentIntentId), sql`${stripeRefunds.refundId} is null`),
        );
  }
  const [known] = await tx
    .select({ cents: sql<string>`coalesce(sum(${stripeRefunds.amountCents}), 0)` })
    .from(stripeRefunds)
    .where(and(eq(stripeRefunds.paymentIntentId, paymentIntentId), isNull(stripeRefunds.refusedAt)));
  const unexplained = charge.amount_refunded - Number(known!.cents);
  if (unexplained <= 0) return;
  const knownIds = new Set(
    (await tx.select({ id: stripeRefunds.refundId }).from(stripeRefunds).where(eq(stripeRefunds.paymentIntentId, paymentIntentId))).map(
      (r) => r.id,
    ),
  );
  const dashboard = listed.find((r) => !knownIds.has(r.id) && !r.metadata?.refundRowId);
  await tx
    .insert(stripeRefunds)
    .values({
      werkplaatsId: payment.werkplaatsId,
      invoiceId: payment.invoiceId,
      paymentIntentId,
      refundId: dashboard?.id ?? null,
      amountCents: unexplained,
      source: "dashboard",
    })
    .onConflictDoNothing();
  await recordMoneyEvent(tx, {
    werkplaatsId: payment.werkplaatsId,
    invoiceId: payment.invoiceId,
    actorId: null,
    kind: "stripe_refund",
    details: { source: "dashboard", amountCents: unexplained, paymentIntentId },
  });
}

export const refundHandlers: StripeEventHandler[] = [
  // Any kind: the charge is found by its PaymentIntent among the payments we booked (an invoice
  // paid online, a day pass), and Stripe does not promise a charge carries its PaymentIntent's metadata.
  { type: "charge.refunded", handle: (tx, event) => chargeRefunded(tx, event.data.object as Stripe.Charge) },
];

/**
 * What became of the Stripe refund of a credit note, for its page: under way, refunded, or refused
 * by Stripe (nothing went back; the manager refunds another way). Null when none was made.
 */
export async function refundOfCreditNote(creditNoteId: string) {
  const [row] = await db.select().from(stripeRefunds).where(eq(stripeRefunds.creditNoteId, creditNoteId));
  if (row?.source !== "credit_note") return null;
  const status = row.refusedAt ? "refused" : row.refundId ? "refunded" : "pending";
  return { amountCents: row.amountCents, status } as const;
}
