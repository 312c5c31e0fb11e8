import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { invoices, stripePayoutLines, stripePayouts } from "#db/schema";
import { db } from "~/utils/db.server";

/**
 * The payouts that paid this werkplaats's invoices, newest first: what reached the bank (the one
 * line on the statement), and this werkplaats's part of it — gross, Stripe's fees and net — with
 * each line and its invoice, so the statement reconciles to the cent. Sums are PostgreSQL's, once.
 */
export async function payoutsOf(werkplaatsId: string, limit = 24) {
  const ours = eq(stripePayoutLines.werkplaatsId, werkplaatsId);
  const payouts = await db
    .select({
      id: stripePayouts.id,
      arrivalDate: stripePayouts.arrivalDate,
      status: stripePayouts.status,
      amountCents: stripePayouts.amountCents,
      grossCents: sql<number>`sum(${stripePayoutLines.amountCents})::int`,
      feeCents: sql<number>`sum(${stripePayoutLines.feeCents})::int`,
      netCents: sql<number>`sum(${stripePayoutLines.netCents})::int`,
    })
    .from(stripePayouts)
    .innerJoin(stripePayoutLines, and(eq(stripePayoutLines.payoutId, stripePayouts.id), ours))
    .groupBy(stripePayouts.id)
    .orderBy(desc(stripePayouts.arrivalDate), desc(stripePayouts.id))
    .limit(limit);
  if (payouts.length === 0) return [];
  const lines = await db
    .select({
      payoutId: stripePayoutLines.payoutId,
      id: stripePayoutLines.balanceTransactionId,
      type: stripePayoutLines.type,
      invoiceId: stripePayoutLines.invoiceId,
      invoiceNumber: invoices.number,
      grossCents: stripePayoutLines.amountCents,
      feeCents: stripePayoutLines.feeCents,
      netCents: stripePayoutLines.netCents,
    })
    .from(stripePayoutLines)
    .leftJoin(invoices, eq(invoices.id, stripePayoutLines.invoiceId))
    .where(
      and(
        ours,
        inArray(
          stripePayoutLines.payoutId,
          payouts.map((p) => p.id),
        ),
      ),
    )
    .orderBy(invoices.number, desc(stripePayoutLines.amountCents), stripePayoutLines.balanceTransactionId);
  return payouts.map((p) => ({ ...p, lines: lines.filter((l) => l.payoutId === p.id) }));
}
