import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { invoices, payments, stripePayments, werkplaatsen } from "#db/schema";
import { partiesPaidBy } from "~/modules/billing/index.server";
import { db } from "~/utils/db.server";

/**
 * The member's payments through Stripe (Checkout and automatic collection), newest first: the
 * date and amount the ledger booked (the PaymentIntent's own while nothing is booked yet, e.g. a
 * SEPA debit still processing), the invoice it paid, how and where it stands. Read from the
 * ledger's rows, so this list and the invoice pages never disagree.
 */
export async function stripePaymentsOf(member: { werkplaatsId: string; userId: string }, limit = 100) {
  const parties = await partiesPaidBy(member.werkplaatsId, member.userId);
  if (parties.length === 0) return [];
  return db
    .select({
      paymentIntentId: stripePayments.paymentIntentId,
      date: sql<string>`coalesce(${payments.receivedOn}, (${stripePayments.createdAt} at time zone ${werkplaatsen.timezone})::date)::text`,
      invoiceId: invoices.id,
      invoiceNumber: invoices.number,
      amountCents: sql<number>`coalesce(${payments.amountCents}, ${stripePayments.amountCents})::int`,
      method: stripePayments.methodType,
      status: stripePayments.status,
    })
    .from(stripePayments)
    .innerJoin(invoices, eq(invoices.id, stripePayments.invoiceId))
    .innerJoin(werkplaatsen, eq(werkplaatsen.id, stripePayments.werkplaatsId))
    .leftJoin(payments, eq(payments.id, stripePayments.paymentId))
    .where(
      and(
        eq(stripePayments.werkplaatsId, member.werkplaatsId),
        inArray(
          invoices.partyId,
          parties.map((p) => p.id),
        ),
      ),
    )
    .orderBy(desc(stripePayments.createdAt))
    .limit(limit);
}
