import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePerson, makeWerkplaats } from "#db/factories";
import { makeBillingSettings } from "#db/billing-factories";
import { stripePayoutLines } from "#db/schema";
import { creditInvoice, journalExport } from "~/modules/billing/index.server";
import { payoutsOf, queueRefunds, refundOfCreditNote, runDueStripeCalls } from "~/modules/stripe/index.server";
import { db } from "~/utils/db.server";
import type { Visitor } from "../support/route-harness";
import { stripeForTests, type StripeForTests } from "../support/stripe";
import { chargeOf as chargeOn, invoicePaidByCard, refundsOf } from "../support/stripe-paid-invoice";

/**
 * What reaches the bank: each Stripe payout with its invoices, fees and net, the fees in the
 * accountant's journal; and a refund Stripe refuses, which then counts as refunded no more.
 */
const server = process.env.DATABASE_URL ? "the PostgreSQL server" : "PGlite";
let stripe: StripeForTests;
let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let manager: Visitor;

beforeAll(async () => {
  stripe = await stripeForTests();
  werkplaats = await makeWerkplaats({ name: "DOC Uitbetalingen" });
  await makeBillingSettings(werkplaats.id);
  manager = { user: await makePerson(werkplaats.id, ["manager"]), roles: ["manager"], werkplaats };
});
afterAll(async () => stripe.stop());

const paidInvoice = (name: string) => invoicePaidByCard(stripe, werkplaats, name);
const chargeOf = (paymentIntentId: string) => chargeOn(stripe, paymentIntentId);

describe(`payouts and refused refunds through Stripe, on ${server}`, () => {
  it("stores each payout with its invoices, Stripe's fees and net to the cent, books the fees in the journal, once", async () => {
    const { invoice, lines } = await paidInvoice("Uitbetaald BV");
    await creditInvoice(werkplaats.id, manager.user!.id, invoice.id, [lines[1]!.id]);
    await queueRefunds();
    await runDueStripeCalls();
    await stripe.settled();
    const payout = stripe.payout();
    await stripe.settled();
    // Delivered again days later: nothing is added.
    for (const delivery of stripe.deliveries.filter((d) => d.type === "payout.paid")) await stripe.redeliver(delivery.eventId);
    await stripe.settled();

    const shown = (await payoutsOf(werkplaats.id)).find((p) => p.id === payout.id)!;
    const ours = shown.lines.filter((l) => l.invoiceId === invoice.id);
    // A card payment of € 181,50 (fee 25 ct + 1,5 %) and the refund of € 60,50 (no fee).
    expect(ours).toEqual([
      expect.objectContaining({ type: "charge", invoiceNumber: expect.any(String), grossCents: 181_50, feeCents: 297, netCents: 178_53 }),
      expect.objectContaining({ type: "refund", grossCents: -60_50, feeCents: 0, netCents: -60_50 }),
    ]);
    expect(shown.netCents).toBe(shown.grossCents - shown.feeCents);
    // The bank line is the payout: every line Stripe paid out in it, to the cent.
    const all = await db.select().from(stripePayoutLines).where(eq(stripePayoutLines.payoutId, payout.id));
    expect(all.reduce((sum, l) => sum + l.netCents, 0)).toBe(payout.amount);
    expect(new Set(all.map((l) => l.balanceTransactionId)).size).toBe(all.length);
    expect(all.filter((l) => l.invoiceId === invoice.id)).toHaveLength(2);

    // The accountant's journal: the fees as a cost booking against the debtors, on the payout's date.
    const period = { start: shown.arrivalDate, end: shown.arrivalDate, choice: "range" as const };
    const { body } = await journalExport(werkplaats.id, manager.user!.id, period, "nl");
    const feeLine = body.split("\n").find((l) => l.includes(payout.id))!;
    expect(feeLine).toContain("Betaalkosten");
    expect(feeLine).toContain(";1300;4950;");
    expect(feeLine).toContain(`-${(shown.feeCents / 100).toFixed(2).replace(".", ",")}`);
  });

  it("counts a refund Stripe refuses as not refunded: the credit note says refused, the amount is open again", async () => {
    const { invoice, lines, paymentIntentId } = await paidInvoice("Geweigerd BV");
    // The money already went back in Stripe's dashboard, and its webhook has not arrived yet.
    const charge = chargeOf(paymentIntentId);
    charge.amount_refunded = charge.amount;
    const first = await creditInvoice(werkplaats.id, manager.user!.id, invoice.id, [lines[1]!.id]);
    expect(await queueRefunds()).toBe(1);
    expect(await refundOfCreditNote(first.id)).toEqual({ amountCents: 60_50, status: "pending" });
    await runDueStripeCalls();
    await stripe.settled();
    expect(await refundOfCreditNote(first.id)).toEqual({ amountCents: 60_50, status: "refused" });
    // What the refused refund held is open again: the next credit note finds room for its whole amount.
    const second = await creditInvoice(werkplaats.id, manager.user!.id, invoice.id, [lines[0]!.id]);
    expect(await queueRefunds()).toBe(1);
    expect((await refundsOf(invoice.id)).find((r) => r.creditNoteId === second.id)).toMatchObject({ amountCents: 121_00 });
  });
});
