import Stripe from "stripe";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePerson, makeWerkplaats } from "#db/factories";
import { makeCompany } from "#db/membership-factories";
import { makeBillingSettings, makeIssuedInvoice } from "#db/billing-factories";
import { invoices, moneyEvents, payments, stripePayments } from "#db/schema";
import { partyCreditCents } from "~/modules/billing/index.server";
import { db } from "~/utils/db.server";
import * as payRoute from "~/routes/invoices.$invoiceId_.pay";
import { securityHeaders } from "~/server/security.server";
import { formPost, outcome, routeArgs, type Visitor } from "../support/route-harness";
import { stripeForTests, type StripeForTests } from "../support/stripe";

/**
 * A member pays an invoice through Stripe Checkout; the webhooks book it on the ledger once,
 * whatever their order, however often they come, fifty at once.
 */
const server = process.env.DATABASE_URL ? "the PostgreSQL server" : "PGlite";
let stripe: StripeForTests;
let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let member: Visitor;

beforeAll(async () => {
  stripe = await stripeForTests();
  werkplaats = await makeWerkplaats({ name: "DOC Online Betalen" });
  await makeBillingSettings(werkplaats.id);
  member = { user: await makePerson(werkplaats.id, ["member"]), roles: ["member"], werkplaats };
});
afterAll(async () => stripe.stop());

/** An invoice of a company of a member of its own (a person owns one company), who then pays it. */
async function openInvoice(name: string) {
  member = { user: await makePerson(werkplaats.id, ["member"]), roles: ["member"], werkplaats };
  const company = await makeCompany(werkplaats.id, member.user!.id, { name });
  return makeIssuedInvoice(werkplaats.id, company.id);
}
const pay = (invoiceId: string, form: Record<string, string> = {}) =>
  outcome(() => payRoute.action(routeArgs(`/invoices/${invoiceId}/pay`, member, formPost(form, { invoiceId }))));
const invoiceRow = async (id: string) => (await db.select().from(invoices).where(eq(invoices.id, id)))[0]!;
const paymentsOf = (id: string) => db.select().from(payments).where(eq(payments.invoiceId, id));

describe(`paying an invoice online, on ${server}`, () => {
  it("sends the member to Checkout for the open amount and books the iDEAL payment once, replayed ×5", async () => {
    const invoice = await openInvoice("iDEAL BV");
    const started = await pay(invoice.id, { saveForLater: "on" });
    expect(started.status).toBe(302);
    const sessionId = started.location!.split("/pay/")[1]!;
    const session = stripe.store.sessions.get(sessionId)!;
    expect(session).toMatchObject({ amount_total: 121_00, currency: "eur", metadata: { kind: "invoice", invoiceId: invoice.id } });
    expect(session.payment_method_types).toEqual(["ideal", "bancontact", "card"]);
    // Clicking again opens the same session (one idempotency key per invoice, amount and day).
    expect((await pay(invoice.id, { saveForLater: "on" })).location).toBe(started.location);

    stripe.completeCheckout(sessionId, "ideal");
    await stripe.settled();
    expect(await invoiceRow(invoice.id)).toMatchObject({ status: "paid", paidCents: 121_00 });
    for (const delivery of [...stripe.deliveries]) for (let i = 0; i < 5; i++) await stripe.redeliver(delivery.eventId);
    await stripe.settled();
    expect(stripe.deliveries.every((d) => d.status === 200)).toBe(true);
    expect(await paymentsOf(invoice.id)).toMatchObject([{ amountCents: 121_00, method: "stripe" }]);
    const audited = await db
      .select()
      .from(moneyEvents)
      .where(and(eq(moneyEvents.invoiceId, invoice.id), eq(moneyEvents.kind, "paid")));
    expect(audited).toHaveLength(1);
    // The iDEAL payment left a SEPA method on the customer for later invoices.
    expect([...stripe.store.paymentMethods.values()].some((m) => m.type === "sepa_debit" && m.customer)).toBe(true);
    // Paid: nothing left to pay online.
    expect((await pay(invoice.id)).status).toBe(409);
  });

  it("lets the browser follow the pay form's redirect to Checkout (the page's CSP form-action allows it)", async () => {
    const invoice = await openInvoice("Doorsturen BV");
    const started = await pay(invoice.id);
    expect(started.status).toBe(302);
    // The headers every page carries, as the server sets them; the invoice page's form posts under them.
    const headers = new Map<string, string>();
    const res = { locals: { nonce: "n" }, setHeader: (name: string, value: string) => headers.set(name, value) };
    securityHeaders({} as never, res as never, () => {});
    const formAction = headers
      .get("Content-Security-Policy")!
      .split("; ")
      .find((d) => d.startsWith("form-action "))!;
    expect(formAction.split(" ")).toContain(new URL(started.location!).origin);
  });

  it("books the same money once when payment_intent.succeeded comes before checkout.session.completed", async () => {
    const invoice = await openInvoice("Omgekeerd BV");
    const sessionId = (await pay(invoice.id)).location!.split("/pay/")[1]!;
    stripe.setWebhookUrl(undefined);
    stripe.completeCheckout(sessionId, "card");
    await stripe.settled();
    stripe.setWebhookUrl(stripe.webhookUrl);
    const sent = [...stripe.store.events.values()].filter(
      (e) => (e.data.object as { metadata?: { invoiceId?: string } }).metadata?.invoiceId === invoice.id,
    );
    for (const event of sent.reverse()) await stripe.redeliver(event.id);
    expect(await invoiceRow(invoice.id)).toMatchObject({ status: "paid", paidCents: 121_00 });
    expect(await paymentsOf(invoice.id)).toHaveLength(1);
  });

  it("turns what Stripe reports beyond the open amount into credit for the party", async () => {
    const invoice = await openInvoice("Teveel BV");
    stripe.emit("payment_intent.succeeded", {
      id: "pi_test_overpaid",
      object: "payment_intent",
      amount: 150_00,
      amount_received: 150_00,
      currency: "eur",
      latest_charge: null,
      payment_method_types: ["ideal"],
      metadata: { werkplaatsId: werkplaats.id, kind: "invoice", invoiceId: invoice.id },
    } as never);
    await stripe.settled();
    expect(await invoiceRow(invoice.id)).toMatchObject({ status: "paid", paidCents: 121_00 });
    expect(await partyCreditCents(invoice.partyId)).toBe(29_00);
  });

  it("acts once on fifty deliveries of one event at the same moment", async () => {
    const invoice = await openInvoice("Vijftig BV");
    const payload = JSON.stringify({
      id: "evt_test_fifty",
      object: "event",
      type: "payment_intent.succeeded",
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      data: {
        object: {
          id: "pi_test_fifty",
          object: "payment_intent",
          amount: 121_00,
          amount_received: 121_00,
          currency: "eur",
          payment_method_types: ["card"],
          metadata: { werkplaatsId: werkplaats.id, kind: "invoice", invoiceId: invoice.id },
        },
      },
    });
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: stripe.env.STRIPE_WEBHOOK_SECRET });
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        fetch(stripe.webhookUrl, { method: "POST", headers: { "stripe-signature": signature }, body: payload }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(200));
    expect(await paymentsOf(invoice.id)).toHaveLength(1);
    expect(await db.select().from(stripePayments).where(eq(stripePayments.invoiceId, invoice.id))).toMatchObject([{ status: "succeeded" }]);
  });

  it("refuses another member's invoice with 404", async () => {
    const invoice = await openInvoice("Ander BV");
    const stranger = { user: await makePerson(werkplaats.id, ["member"]), roles: ["member" as const], werkplaats };
    const answer = await outcome(() =>
      payRoute.action(routeArgs(`/invoices/${invoice.id}/pay`, stranger, formPost({}, { invoiceId: invoice.id }))),
    );
    expect(answer.status).toBe(404);
  });
});
