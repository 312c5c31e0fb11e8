import { inArray } from "drizzle-orm";
import type Stripe from "stripe";
import { stripePayments, stripePayoutLines, stripePayouts, stripeRefunds } from "#db/schema";
import type { Tx } from "~/utils/db.server";
import { todayIn } from "~/utils/zoned-time";
import { stripeClient } from "../client.server";
import type { StripeEventHandler } from "../types";

const idOf = (value: string | { id: string } | null | undefined) => (typeof value === "string" ? value : (value?.id ?? null));

/** The payout's balance transactions, read from Stripe (every page): the payments, refunds and fees it adds up. */
async function transactionsOf(payoutId: string): Promise<Stripe.BalanceTransaction[]> {
  const found: Stripe.BalanceTransaction[] = [];
  for await (const txn of stripeClient().balanceTransactions.list({ payout: payoutId, limit: 100 })) found.push(txn);
  // The payout's own transaction is the money leaving the balance, not a line of it.
  return found.filter((t) => t.type !== "payout");
}

/**
 * Which of our invoices each line paid or refunded: a charge by the charge of a Stripe payment we
 * booked, a refund by the refund we asked for (or were told of). A line we do not know (another
 * installation's, a Stripe fee of its own) keeps no werkplaats and no invoice.
 */
async function invoicesOf(tx: Tx, lines: Stripe.BalanceTransaction[]) {
  const sources = lines.map((l) => idOf(l.source)).filter((s): s is string => Boolean(s));
  if (sources.length === 0) return new Map<string, { werkplaatsId: string; invoiceId: string }>();
  const [charges, refunds] = await Promise.all([
    tx
      .select({ source: stripePayments.chargeId, werkplaatsId: stripePayments.werkplaatsId, invoiceId: stripePayments.invoiceId })
      .from(stripePayments)
      .where(inArray(stripePayments.chargeId, sources)),
    tx
      .select({ source: stripeRefunds.refundId, werkplaatsId: stripeRefunds.werkplaatsId, invoiceId: stripeRefunds.invoiceId })
      .from(stripeRefunds)
      .where(inArray(stripeRefunds.refundId, sources)),
  ]);
  return new Map([...charges, ...refunds].map((r) => [r.source!, { werkplaatsId: r.werkplaatsId, invoiceId: r.invoiceId }]));
}

/**
 * A payout reached the bank: it and its lines are stored once (Stripe's ids are the keys, so a
 * replay adds nothing), each line with Stripe's gross, fee and net and the invoice it belongs to.
 * The lines' net adds up to the payout, which is the one credit on the bank statement.
 */
async function recordPayout(tx: Tx, payout: Stripe.Payout) {
  if (payout.currency !== "eur") return;
  const lines = await transactionsOf(payout.id);
  const known = await invoicesOf(tx, lines);
  await tx
    .insert(stripePayouts)
    .values({
      id: payout.id,
      amountCents: payout.amount,
      arrivalDate: todayIn(new Date(payout.arrival_date * 1000)),
      status: payout.status,
    })
    .onConflictDoUpdate({ target: stripePayouts.id, set: { status: payout.status } });
  if (lines.length === 0) return;
  await tx
    .insert(stripePayoutLines)
    .values(
      lines.map((line) => {
        const invoice = known.get(idOf(line.source) ?? "");
        return {
          balanceTransactionId: line.id,
          payoutId: payout.id,
          werkplaatsId: invoice?.werkplaatsId ?? null,
          invoiceId: invoice?.invoiceId ?? null,
          type: line.type,
          sourceId: idOf(line.source),
          amountCents: line.amount,
          feeCents: line.fee,
          netCents: line.net,
          availableOn: todayIn(new Date(line.available_on * 1000)),
        };
      }),
    )
    .onConflictDoNothing();
}

export const payoutHandlers: StripeEventHandler[] = [
  { type: "payout.paid", handle: (tx, event) => recordPayout(tx, event.data.object as Stripe.Payout) },
  // A payout that failed at the bank: its money went back to the balance, kept for the record.
  { type: "payout.failed", handle: (tx, event) => recordPayout(tx, event.data.object as Stripe.Payout) },
];
