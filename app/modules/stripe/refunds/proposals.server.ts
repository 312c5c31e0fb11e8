import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { invoices, stripeRefunds } from "#db/schema";
import { creditInvoice } from "~/modules/billing/index.server";
import { db } from "~/utils/db.server";
import { conflict, notFound } from "~/utils/errors";

/** Refunds made in Stripe's dashboard that no credit note explains yet, for /admin/billing. */
export async function refundProposals(werkplaatsId: string) {
  return db
    .select({
      id: stripeRefunds.id,
      invoiceId: stripeRefunds.invoiceId,
      number: invoices.number,
      amountCents: stripeRefunds.amountCents,
      createdAt: stripeRefunds.createdAt,
    })
    .from(stripeRefunds)
    .innerJoin(invoices, eq(invoices.id, stripeRefunds.invoiceId))
    .where(and(eq(stripeRefunds.werkplaatsId, werkplaatsId), eq(stripeRefunds.source, "dashboard"), isNull(stripeRefunds.resolvedAt)))
    .orderBy(asc(stripeRefunds.createdAt))
    .limit(100);
}

async function openProposal(werkplaatsId: string, proposalId: string) {
  const [proposal] = await db
    .select()
    .from(stripeRefunds)
    .where(and(eq(stripeRefunds.id, proposalId), eq(stripeRefunds.werkplaatsId, werkplaatsId), eq(stripeRefunds.source, "dashboard")));
  if (!proposal) throw notFound();
  if (proposal.resolvedAt) throw conflict("stripe.refunds.resolved");
  return proposal;
}

/**
 * The manager agrees with a dashboard refund: a credit note for what is left of the invoice, when
 * that is exactly the refunded amount. A refund of part of an invoice needs the manager to choose
 * the lines on the invoice page; that credit note then settles this proposal by itself (the
 * refund sweep links it and refunds nothing twice).
 */
export async function confirmRefundProposal(werkplaatsId: string, actorId: string, proposalId: string) {
  const proposal = await openProposal(werkplaatsId, proposalId);
  const [invoice] = await db
    .select({
      grossCents: invoices.grossCents,
      credited: sql<string>`(select coalesce(sum(c.gross_cents), 0) from invoices c where c.credits_invoice_id = ${proposal.invoiceId} and c.status <> 'draft')`,
    })
    .from(invoices)
    .where(eq(invoices.id, proposal.invoiceId));
  if (invoice!.grossCents - Number(invoice!.credited) !== proposal.amountCents) throw conflict("stripe.refunds.partial");
  const note = await creditInvoice(werkplaatsId, actorId, proposal.invoiceId);
  await db
    .update(stripeRefunds)
    .set({ creditNoteId: note.id, resolvedAt: sql`now()` })
    .where(and(eq(stripeRefunds.id, proposal.id), isNull(stripeRefunds.resolvedAt)));
  return note;
}

/** The manager decides the dashboard refund needs no credit note (e.g. a goodwill refund booked otherwise). */
export async function dismissRefundProposal(werkplaatsId: string, proposalId: string) {
  const proposal = await openProposal(werkplaatsId, proposalId);
  const [done] = await db
    .update(stripeRefunds)
    .set({ resolvedAt: sql`now()` })
    .where(and(eq(stripeRefunds.id, proposal.id), isNull(stripeRefunds.resolvedAt)))
    .returning();
  if (!done) throw conflict("stripe.refunds.resolved");
}
