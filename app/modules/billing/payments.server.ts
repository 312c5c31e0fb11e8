import { and, eq, isNull, sql } from "drizzle-orm";
import { invoices, paymentReversals, payments } from "#db/schema";
import type { IsoDate } from "~/utils/calendar";
import { db, type Executor, type Tx } from "~/utils/db.server";
import { conflict, invalid, notFound } from "~/utils/errors";
import { recordMoneyEvent } from "./audit.server";
import { creditedCents, dueCents, lockInvoice, settledStatus } from "./settlement.server";
import type { PaymentMethod } from "./terms";

export type PaymentInput = {
  amountCents: number;
  method: PaymentMethod;
  receivedOn: IsoDate;
  reference?: string | null;
  note?: string | null;
};

/**
 * A payment recorded by hand (or matched from a statement). It settles what is due on the
 * invoice; whatever is paid beyond that stays with the billing party as credit. The invoice
 * row is locked, so two payments at once cannot both settle the same euros. A statement import
 * passes its own transaction, so its lines and the payments they made commit together.
 */
export async function recordPayment(
  werkplaatsId: string,
  actorId: string | null,
  invoiceId: string,
  input: PaymentInput,
  outer: Executor = db,
) {
  if (!Number.isSafeInteger(input.amountCents) || input.amountCents <= 0) throw invalid("billing.errors.amount", undefined, "amount");
  return outer.transaction(async (tx) => {
    const invoice = await lockInvoice(tx, werkplaatsId, invoiceId);
    if (invoice.kind !== "invoice" || invoice.status === "draft") throw conflict("billing.errors.notPayable");
    const credited = await creditedCents(tx, invoice.id);
    const appliedCents = Math.min(input.amountCents, dueCents(invoice.grossCents, invoice.paidCents, credited));
    const [payment] = await tx
      .insert(payments)
      .values({
        werkplaatsId,
        invoiceId,
        partyId: invoice.partyId,
        amountCents: input.amountCents,
        appliedCents,
        method: input.method,
        receivedOn: input.receivedOn,
        reference: input.reference ?? null,
        note: input.note ?? null,
        recordedBy: actorId,
      })
      .returning();
    const paidCents = invoice.paidCents + appliedCents;
    await tx
      .update(invoices)
      .set({ paidCents, status: settledStatus(invoice.grossCents, paidCents, credited) })
      .where(eq(invoices.id, invoiceId));
    const creditCents = input.amountCents - appliedCents;
    await recordMoneyEvent(tx, {
      werkplaatsId,
      invoiceId,
      actorId,
      kind: "paid",
      details: { paymentId: payment!.id, amountCents: input.amountCents, appliedCents, creditCents, method: input.method },
    });
    return { payment: payment!, appliedCents, creditCents, dueCents: dueCents(invoice.grossCents, paidCents, credited) };
  });
}

/**
 * Books money taken elsewhere (a Stripe Checkout) on the invoice a sale was just given, in the
 * sale's transaction. The payment rail supplies it, so the sale's module need not know the rail:
 * Stripe books it by its PaymentIntent, so a credit note refunds it and a dispute reopens it.
 */
export type PayInvoice = (tx: Tx, invoice: { id: string; werkplaatsId: string }) => Promise<unknown>;

/**
 * Undoes a payment the bank took back (a returned direct debit, a storno): a reversal row with
 * the bank's reason, never a delete. What it had settled is due again, so the invoice is open
 * again; what it had left as credit is no longer credit. The invoice row is locked as for a payment.
 */
export async function reversePayment(
  werkplaatsId: string,
  actorId: string | null,
  paymentId: string,
  reason: { reasonCode: string | null; bankLineId?: string | null },
  outer: Executor = db,
) {
  return outer.transaction(async (tx) => {
    const [payment] = await tx
      .select()
      .from(payments)
      .where(and(eq(payments.id, paymentId), eq(payments.werkplaatsId, werkplaatsId)));
    if (!payment) throw notFound();
    const [invoice] = await tx.select().from(invoices).where(eq(invoices.id, payment.invoiceId)).for("update");
    if (!invoice) throw notFound();
    const [reversal] = await tx
      .insert(paymentReversals)
      .values({ werkplaatsId, paymentId, reasonCode: reason.reasonCode, bankLineId: reason.bankLineId ?? null, reversedBy: actorId })
      .onConflictDoNothing()
      .returning();
    if (!reversal) throw conflict("billing.errors.alreadyReversed");
    await tx.update(payments).set({ reversedAt: reversal.reversedAt }).where(eq(payments.id, paymentId));
    const credited = await creditedCents(tx, invoice.id);
    const paidCents = invoice.paidCents - payment.appliedCents;
    await tx
      .update(invoices)
      .set({ paidCents, status: settledStatus(invoice.grossCents, paidCents, credited) })
      .where(eq(invoices.id, invoice.id));
    await recordMoneyEvent(tx, {
      werkplaatsId,
      invoiceId: invoice.id,
      actorId,
      kind: "payment_reversed",
      details: { paymentId, amountCents: payment.amountCents, appliedCents: payment.appliedCents, reasonCode: reason.reasonCode },
    });
    return { reversal, invoiceId: invoice.id, dueCents: dueCents(invoice.grossCents, paidCents, credited) };
  });
}

/** What a billing party has paid beyond its invoices: credit to settle later invoices with, or to refund. */
export async function partyCreditCents(partyId: string, tx: Executor = db): Promise<number> {
  const [row] = await tx
    .select({ cents: sql<string>`coalesce(sum(${payments.amountCents} - ${payments.appliedCents}), 0)` })
    .from(payments)
    .where(and(eq(payments.partyId, partyId), isNull(payments.reversedAt)));
  return Number(row?.cents ?? 0);
}

/** The payments of an invoice, newest first, for its page. */
export async function paymentsOf(invoiceId: string) {
  return db
    .select({
      id: payments.id,
      amountCents: payments.amountCents,
      appliedCents: payments.appliedCents,
      method: payments.method,
      receivedOn: payments.receivedOn,
      reference: payments.reference,
      reversedAt: payments.reversedAt,
      reversalReason: paymentReversals.reasonCode,
    })
    .from(payments)
    .leftJoin(paymentReversals, eq(paymentReversals.paymentId, payments.id))
    .where(eq(payments.invoiceId, invoiceId))
    .orderBy(sql`${payments.receivedOn} desc, ${payments.createdAt} desc`);
}

/** The credit of every billing party of a werkplaats that has any (the same sum as `partyCreditCents`, for a list). */
export async function creditByParty(werkplaatsId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ partyId: payments.partyId, cents: sql<string>`sum(${payments.amountCents} - ${payments.appliedCents})` })
    .from(payments)
    .where(and(eq(payments.werkplaatsId, werkplaatsId), isNull(payments.reversedAt)))
    .groupBy(payments.partyId)
    .having(sql`sum(${payments.amountCents} - ${payments.appliedCents}) > 0`);
  return new Map(rows.map((r) => [r.partyId, Number(r.cents)]));
}
