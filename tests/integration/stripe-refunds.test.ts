import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePerson, makeWerkplaats } from "#db/factories";
import { makeCompany } from "#db/membership-factories";
import { makeBillingSettings, makeIssuedInvoice } from "#db/billing-factories";
import { invoices } from "#db/schema";
import { creditInvoice } from "~/modules/billing/index.server";
import { queueRefunds, refundProposals, runDueStripeCalls, stripeClient } from "~/modules/stripe/index.server";
import { db } from "~/utils/db.server";
import * as proposalRoute from "~/routes/admin.billing.refunds.$refundId";
import { formPost, outcome, routeArgs, type Visitor } from "../support/route-harness";
import { stripeForTests, type StripeForTests } from "../support/stripe";
import { chargeOf as chargeOn, invoicePaidByCard, refundsOf } from "../support/stripe-paid-invoice";

/**
 * A credit note on an invoice paid through Stripe gives the money back through Stripe (the part
 * it credits); a refund made in Stripe's dashboard becomes a proposal the manager confirms (a
 * credit note) or dismisses. Nothing is refunded twice.
 */
const server = process.env.DATABASE_URL ? "the PostgreSQL server" : "PGlite";
let stripe: StripeForTests;
let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let manager: Visitor;

beforeAll(async () => {
  stripe = await stripeForTests();
  werkplaats = await makeWerkplaats({ name: "DOC Terugbetalen" });
  await makeBillingSettings(werkplaats.id);
  manager = { user: await makePerson(werkplaats.id, ["manager"]), roles: ["manager"], werkplaats };
});
afterAll(async () => stripe.stop());

const paidInvoice = (name: string) => invoicePaidByCard(stripe, werkplaats, name);
const chargeOf = (paymentIntentId: string) => chargeOn(stripe, paymentIntentId);
const answer = (id: string, intent: string, who: Visitor = manager) =>
  outcome(() => proposalRoute.action(routeArgs(`/admin/billing/refunds/${id}`, who, formPost({ intent }, { refundId: id }))));

describe(`refunds through Stripe, on ${server}`, () => {
  it("refunds the credited line of an invoice paid through Stripe, once, and proposes nothing for its own refund", async () => {
    const { invoice, lines, paymentIntentId } = await paidInvoice("Deels Terug BV");
    expect(await db.select().from(invoices).where(eq(invoices.id, invoice.id))).toMatchObject([{ status: "paid", paidCents: 181_50 }]);
    await creditInvoice(werkplaats.id, manager.user!.id, invoice.id, [lines[1]!.id]);
    expect(await queueRefunds()).toBe(1);
    expect(await queueRefunds()).toBe(0);
    await runDueStripeCalls();
    await stripe.settled();

    expect(chargeOf(paymentIntentId)).toMatchObject({ amount_refunded: 60_50, refunded: false });
    const [row] = await refundsOf(invoice.id);
    expect(row).toMatchObject({ source: "credit_note", amountCents: 60_50, refundId: expect.stringMatching(/^re_/) });
    // Stripe's charge.refunded for our own refund, delivered five times: no proposal.
    for (const delivery of stripe.deliveries.filter((d) => d.type === "charge.refunded"))
      for (let i = 0; i < 5; i++) await stripe.redeliver(delivery.eventId);
    await stripe.settled();
    expect(await refundProposals(werkplaats.id)).toEqual([]);

    // Crediting the rest refunds the rest; the charge is then fully refunded.
    await creditInvoice(werkplaats.id, manager.user!.id, invoice.id);
    expect(await queueRefunds()).toBe(1);
    await runDueStripeCalls();
    await stripe.settled();
    expect(chargeOf(paymentIntentId)).toMatchObject({ amount_refunded: 181_50, refunded: true });
    expect((await refundsOf(invoice.id)).map((r) => r.amountCents).sort((a, b) => a - b)).toEqual([60_50, 121_00]);
  });

  it("turns a full refund made in Stripe's dashboard into a proposal; confirming makes the credit note and refunds nothing again", async () => {
    const { invoice, paymentIntentId } = await paidInvoice("Dashboard BV");
    await stripeClient().refunds.create({ payment_intent: paymentIntentId });
    await stripe.settled();
    const [proposal] = await refundProposals(werkplaats.id);
    expect(proposal).toMatchObject({ invoiceId: invoice.id, amountCents: 181_50, number: invoice.number });

    const done = await answer(proposal!.id, "confirm");
    expect(done.status).toBe(302);
    const noteId = done.location!.split("/invoices/")[1]!;
    expect(await db.select().from(invoices).where(eq(invoices.id, noteId))).toMatchObject([
      { kind: "credit_note", creditsInvoiceId: invoice.id, grossCents: 181_50 },
    ]);
    expect(await refundProposals(werkplaats.id)).toEqual([]);
    expect(await queueRefunds()).toBe(0);
    expect(chargeOf(paymentIntentId).amount_refunded).toBe(181_50);
    // Answered once: a second answer is a 409, nothing changes.
    expect((await answer(proposal!.id, "dismiss")).status).toBe(409);
  });

  it("asks for the lines of a partial dashboard refund; the credit note made on the invoice page closes the proposal", async () => {
    const { invoice, lines, paymentIntentId } = await paidInvoice("Halve Dashboard BV");
    await stripeClient().refunds.create({ payment_intent: paymentIntentId, amount: 60_50 });
    await stripe.settled();
    const [proposal] = await refundProposals(werkplaats.id);
    expect(proposal).toMatchObject({ amountCents: 60_50 });
    expect((await answer(proposal!.id, "confirm")).status).toBe(409);

    const note = await creditInvoice(werkplaats.id, manager.user!.id, invoice.id, [lines[1]!.id]);
    expect(await queueRefunds()).toBe(0);
    expect(await refundProposals(werkplaats.id)).toEqual([]);
    expect((await refundsOf(invoice.id)).find((r) => r.source === "dashboard")).toMatchObject({ creditNoteId: note.id });
    expect(chargeOf(paymentIntentId).amount_refunded).toBe(60_50);
  });

  it("lets the manager dismiss a proposal, and hides another werkplaats's proposal (404)", async () => {
    const { paymentIntentId } = await paidInvoice("Coulance BV");
    await stripeClient().refunds.create({ payment_intent: paymentIntentId, amount: 10_00 });
    await stripe.settled();
    const [proposal] = await refundProposals(werkplaats.id);
    const elsewhere = await makeWerkplaats({ name: "Andere Werkplaats" });
    const stranger: Visitor = { user: await makePerson(elsewhere.id, ["manager"]), roles: ["manager"], werkplaats: elsewhere };
    expect((await answer(proposal!.id, "dismiss", stranger)).status).toBe(404);
    expect((await answer(proposal!.id, "nonsense")).status).toBe(400);
    expect((await answer(proposal!.id, "dismiss")).status).toBe(302);
    expect(await refundProposals(werkplaats.id)).toEqual([]);
  });

  it("refunds each credit note of a row of invoices paid through Stripe, however many were refunded before", async () => {
    for (const name of ["Rij Een BV", "Rij Twee BV", "Rij Drie BV", "Rij Vier BV"]) {
      const { invoice, paymentIntentId } = await paidInvoice(name);
      await creditInvoice(werkplaats.id, manager.user!.id, invoice.id);
      expect(await queueRefunds(), name).toBe(1);
      await runDueStripeCalls();
      await stripe.settled();
      expect(chargeOf(paymentIntentId).amount_refunded, name).toBe(181_50);
    }
  });

  it("confirms a dashboard refund of what an earlier credit note left of the invoice", async () => {
    const { invoice, lines, paymentIntentId } = await paidInvoice("Rest Dashboard BV");
    await creditInvoice(werkplaats.id, manager.user!.id, invoice.id, [lines[1]!.id]);
    expect(await queueRefunds()).toBe(1);
    await runDueStripeCalls();
    await stripeClient().refunds.create({ payment_intent: paymentIntentId, amount: 121_00 });
    await stripe.settled();
    const proposal = (await refundProposals(werkplaats.id)).find((p) => p.invoiceId === invoice.id);
    expect(proposal).toMatchObject({ amountCents: 121_00 });
    expect((await answer(proposal!.id, "confirm")).status).toBe(302);
    expect(chargeOf(paymentIntentId)).toMatchObject({ amount_refunded: 181_50, refunded: true });
  });

  it("refunds nothing for a credit note on an invoice that was not paid", async () => {
    const user = await makePerson(werkplaats.id, ["member"]);
    const company = await makeCompany(werkplaats.id, user.id, { name: "Onbetaald BV" });
    const invoice = await makeIssuedInvoice(werkplaats.id, company.id);
    await creditInvoice(werkplaats.id, manager.user!.id, invoice.id);
    expect(await queueRefunds()).toBe(0);
    expect(await refundsOf(invoice.id)).toEqual([]);
  });
});
