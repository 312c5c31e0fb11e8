import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePerson, makeWerkplaats } from "#db/factories";
import { makeCompany } from "#db/membership-factories";
import { makeBillingSettings, makeIssuedInvoice } from "#db/billing-factories";
import { directDebitCollections, invoices, moneyEvents, outboxMessages, stripeCalls, stripeCollections, stripeCustomers } from "#db/schema";
import { createDirectDebitBatch, addMandate } from "~/modules/payments/index.server";
import { onlinePaymentOf, queueCollections, runDueStripeCalls } from "~/modules/stripe/index.server";
import { db } from "~/utils/db.server";
import * as payRoute from "~/routes/invoices.$invoiceId_.pay";
import * as accountPaymentsRoute from "~/routes/account.payments";
import { formPost, outcome, routeArgs, type Visitor } from "../support/route-harness";
import { stripeForTests, type StripeForTests } from "../support/stripe";

/**
 * A member pays once by iDEAL and agrees to later collection; from then on every invoice issued to
 * their company is collected off-session, shows "wordt geïncasseerd" while SEPA takes its days,
 * and a debit the bank refuses re-opens the invoice and tells the member. Never on two rails.
 */
const server = process.env.DATABASE_URL ? "the PostgreSQL server" : "PGlite";
let stripe: StripeForTests;
let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;

beforeAll(async () => {
  stripe = await stripeForTests();
  werkplaats = await makeWerkplaats({ name: "DOC Automatisch Incasseren" });
  await makeBillingSettings(werkplaats.id, { creditorId: "NL66ZZZ301234560000" });
});
afterAll(async () => stripe.stop());

const invoiceRow = async (id: string) => (await db.select().from(invoices).where(eq(invoices.id, id)))[0]!;
const collectionOf = async (invoiceId: string) =>
  (await db.select().from(stripeCollections).where(eq(stripeCollections.invoiceId, invoiceId)))[0];
const statusOf = async (invoice: { id: string }) => {
  const row = await invoiceRow(invoice.id);
  return onlinePaymentOf({ id: row.id, kind: row.kind, status: row.status, dueCents: row.grossCents - row.paidCents });
};

/** A company whose member paid its first invoice by iDEAL and ticked "volgende facturen automatisch". */
async function companyWithSavedMethod(name: string, method: "ideal" | "card" = "ideal") {
  const user = await makePerson(werkplaats.id, ["member"]);
  const member: Visitor = { user, roles: ["member"], werkplaats };
  const company = await makeCompany(werkplaats.id, user.id, { name, billingEmail: `${name.split(" ")[0]!.toLowerCase()}@klant.test` });
  const before = await makeIssuedInvoice(werkplaats.id, company.id);
  const first = await makeIssuedInvoice(werkplaats.id, company.id);
  const started = await outcome(() =>
    payRoute.action(routeArgs(`/invoices/${first.id}/pay`, member, formPost({ saveForLater: "on" }, { invoiceId: first.id }))),
  );
  stripe.completeCheckout(started.location!.split("/pay/")[1]!, method);
  await stripe.settled();
  return { company, before, first, user };
}

describe(`automatic collection at issue, on ${server}`, () => {
  it("saves the SEPA mandate the iDEAL payment left, and collects the next invoice once, processing until the bank confirms", async () => {
    const { company, before, first } = await companyWithSavedMethod("Maandelijks BV");
    expect(await invoiceRow(first.id)).toMatchObject({ status: "paid" });
    const [customer] = await db.select().from(stripeCustomers).where(eq(stripeCustomers.partyId, first.partyId));
    expect(customer).toMatchObject({
      methodKind: "sepa_debit",
      methodLabel: "SEPA •••• 3000",
      mandateId: expect.stringMatching(/^mandate_/),
    });

    const next = await makeIssuedInvoice(werkplaats.id, company.id);
    expect(await queueCollections()).toBe(1);
    // Asked again (every worker round, every instance): nothing new.
    expect(await queueCollections()).toBe(0);
    // An invoice issued before the member agreed is not debited.
    expect(await collectionOf(before.id)).toBeUndefined();
    expect((await statusOf(next)).collecting).toBe(true);

    expect(await runDueStripeCalls()).toBe(1);
    await stripe.settled();
    const collection = (await collectionOf(next.id))!;
    expect(collection).toMatchObject({ status: "processing", amountCents: 121_00, methodKind: "sepa_debit" });
    const [call] = await db
      .select()
      .from(stripeCalls)
      .where(eq(stripeCalls.idempotencyKey, `collect:${next.id}`));
    expect(call).toMatchObject({ status: "done", resultId: collection.paymentIntentId });
    const intent = stripe.store.paymentIntents.get(collection.paymentIntentId!)!;
    expect(intent).toMatchObject({ amount: 121_00, customer: customer!.customerId, payment_method: customer!.paymentMethodId });
    expect(await invoiceRow(next.id)).toMatchObject({ status: "issued", paidCents: 0 });
    expect(await statusOf(next)).toMatchObject({ collecting: true, canPay: false });

    stripe.settleDebit(intent.id, "succeeded");
    await stripe.settled();
    expect(await invoiceRow(next.id)).toMatchObject({ status: "paid", paidCents: 121_00 });
    expect(await collectionOf(next.id)).toMatchObject({ status: "succeeded" });
    const audited = await db
      .select({ kind: moneyEvents.kind })
      .from(moneyEvents)
      .where(and(eq(moneyEvents.invoiceId, next.id), sql`${moneyEvents.kind} in ('stripe_collection', 'paid')`));
    expect(audited.map((e) => e.kind).sort()).toEqual(["paid", "stripe_collection"]);
  });

  it("re-opens the invoice when the bank refuses the debit and tells the party by email, once", async () => {
    const { company } = await companyWithSavedMethod("Storneer BV");
    const next = await makeIssuedInvoice(werkplaats.id, company.id);
    await queueCollections();
    await runDueStripeCalls();
    await stripe.settled();
    const collection = (await collectionOf(next.id))!;
    stripe.settleDebit(collection.paymentIntentId!, "failed");
    await stripe.settled();
    for (const delivery of stripe.deliveries.filter((d) => d.type === "payment_intent.payment_failed"))
      await stripe.redeliver(delivery.eventId);
    await stripe.settled();

    expect(await collectionOf(next.id)).toMatchObject({ status: "failed", failureReason: expect.any(String) });
    expect(await invoiceRow(next.id)).toMatchObject({ status: "issued", paidCents: 0 });
    expect(await statusOf(next)).toMatchObject({ collecting: false, canPay: true });
    const mails = await db
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.kind, "mail.stripeCollectionFailed"), eq(outboxMessages.toAddress, "storneer@klant.test")));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain(next.number!);
    // Failed is final: the invoice is not collected again by itself (the member pays it, or the manager chooses).
    expect(await queueCollections()).toBe(0);
  });

  it("collects with a saved card, and takes a declined card as the bank's answer: done, failed, the party told", async () => {
    const { company, first } = await companyWithSavedMethod("Kaart BV", "card");
    const [customer] = await db.select().from(stripeCustomers).where(eq(stripeCustomers.partyId, first.partyId));
    expect(customer).toMatchObject({ methodKind: "card", methodLabel: "Visa •••• 4242", mandateId: null });
    stripe.store.paymentMethods.get(customer!.paymentMethodId!)!.card!.last4 = "0002";
    const next = await makeIssuedInvoice(werkplaats.id, company.id);
    expect(await queueCollections()).toBe(1);
    await runDueStripeCalls();
    await stripe.settled();
    const [call] = await db
      .select()
      .from(stripeCalls)
      .where(eq(stripeCalls.idempotencyKey, `collect:${next.id}`));
    expect(call).toMatchObject({ status: "done" });
    expect(await collectionOf(next.id)).toMatchObject({ status: "failed", paymentIntentId: call!.resultId });
    expect(await invoiceRow(next.id)).toMatchObject({ status: "issued", paidCents: 0 });
    const mails = await db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, "kaart@klant.test"));
    expect(mails.map((m) => m.kind)).toEqual(["mail.stripeCollectionFailed"]);
  });

  it("never debits one invoice on both rails: the bank incasso file skips it, and the database refuses both", async () => {
    const { company, before, first, user } = await companyWithSavedMethod("Dubbel BV");
    const mandate = await addMandate(
      werkplaats.id,
      null,
      { partyId: first.partyId, reference: "DUBBEL-1", signedOn: "2026-01-05", debtorName: "Dubbel BV", iban: "NL91ABNA0417164300" },
      "2026-12-01",
    );
    const viaStripe = await makeIssuedInvoice(werkplaats.id, company.id);
    expect(await queueCollections()).toBe(1);
    // The bank's file takes the invoice from before the member agreed, not the one Stripe collects.
    const batch = await createDirectDebitBatch(werkplaats.id, user.id, "2027-01-10", "2026-12-01");
    expect(batch).toMatchObject({ count: 1, totalCents: 121_00 });
    expect(batch.file).toContain(before.number!);
    expect(batch.file).not.toContain(viaStripe.number!);

    // Whatever code tries next, PostgreSQL keeps each invoice on its one rail.
    await expect(
      db.insert(stripeCollections).values({
        werkplaatsId: werkplaats.id,
        invoiceId: before.id,
        partyId: before.partyId,
        paymentMethodId: "pm_test_x",
        methodKind: "sepa_debit",
        amountCents: 121_00,
      }),
    ).rejects.toThrow();
    await expect(
      db.insert(directDebitCollections).values({
        werkplaatsId: werkplaats.id,
        batchId: batch.id,
        invoiceId: viaStripe.id,
        mandateId: mandate.id,
        sequence: "RCUR",
        amountCents: 121_00,
        endToEndId: "DUBBEL-STRIPE",
      }),
    ).rejects.toThrow();
    expect(await collectionOf(viaStripe.id)).toMatchObject({ status: "queued" });
  });

  it("stops collecting when the member revokes the mandate at the bank", async () => {
    const { company, first } = await companyWithSavedMethod("Ingetrokken BV");
    const [customer] = await db.select().from(stripeCustomers).where(eq(stripeCustomers.partyId, first.partyId));
    stripe.revokeMandate(customer!.mandateId!, customer!.paymentMethodId!);
    await stripe.settled();
    expect((await db.select().from(stripeCustomers).where(eq(stripeCustomers.partyId, first.partyId)))[0]).toMatchObject({
      paymentMethodId: null,
      mandateId: null,
    });
    const later = await makeIssuedInvoice(werkplaats.id, company.id);
    await queueCollections();
    expect(await collectionOf(later.id)).toBeUndefined();
  });

  it("opens a new Checkout page after the invoice's session expired", async () => {
    const user = await makePerson(werkplaats.id, ["member"]);
    const member: Visitor = { user, roles: ["member"], werkplaats };
    const company = await makeCompany(werkplaats.id, user.id, { name: "Verlopen BV" });
    const invoice = await makeIssuedInvoice(werkplaats.id, company.id);
    const pay = () =>
      outcome(() => payRoute.action(routeArgs(`/invoices/${invoice.id}/pay`, member, formPost({}, { invoiceId: invoice.id }))));
    const first = (await pay()).location!;
    stripe.expireCheckout(first.split("/pay/")[1]!);
    await stripe.settled();
    const second = (await pay()).location!;
    expect(second).not.toBe(first);
    expect(stripe.store.sessions.get(second.split("/pay/")[1]!)).toMatchObject({ status: "open", amount_total: 121_00 });
    expect((await pay()).location).toBe(second);
  });

  it("lets a member add a method by setup Checkout, see their Stripe payments, and remove it: later invoices are not collected", async () => {
    const { company, first, user } = await companyWithSavedMethod("Zelf Beheren BV");
    const member: Visitor = { user, roles: ["member"], werkplaats };
    const page = async () =>
      (await outcome(() => accountPaymentsRoute.loader(routeArgs("/account/payments", member)))).body as {
        parties: { id: string; name: string; method: { label: string } | null }[];
        payments: { invoiceNumber: string; amountCents: number; method: string; status: string }[];
      };
    const post = (form: Record<string, string>) =>
      outcome(() => accountPaymentsRoute.action(routeArgs("/account/payments", member, formPost(form))));
    const before = await page();
    expect(before.parties.find((p) => p.id === first.partyId)?.method).toMatchObject({ label: "SEPA •••• 3000" });
    const firstRow = await invoiceRow(first.id);
    expect(before.payments).toEqual([
      expect.objectContaining({ invoiceNumber: firstRow.number, amountCents: 121_00, method: "ideal", status: "succeeded" }),
    ]);

    // Removed: forgotten at once (no invoice is collected with it), and detached at Stripe.
    expect(await post({ intent: "remove", party: first.partyId })).toMatchObject({ status: 302 });
    expect((await page()).parties.find((p) => p.id === first.partyId)?.method).toBeNull();
    const customer = (await db.select().from(stripeCustomers).where(eq(stripeCustomers.partyId, first.partyId)))[0]!;
    const detached = await db.select().from(stripeCalls).where(eq(stripeCalls.kind, "payment_method.detach"));
    expect(detached.some((c) => c.status === "done")).toBe(true);
    const later = await makeIssuedInvoice(werkplaats.id, company.id);
    await queueCollections();
    expect(await collectionOf(later.id)).toBeUndefined();

    // Added again through a setup-mode Checkout: a card this time; the next invoice is collected with it.
    const started = await post({ intent: "add", party: first.partyId });
    const sessionId = started.location!.split("/pay/")[1]!;
    expect(stripe.store.sessions.get(sessionId)).toMatchObject({ mode: "setup", customer: customer.customerId });
    expect((await post({ intent: "add", party: first.partyId })).location).toBe(started.location);
    stripe.completeCheckout(sessionId, "card");
    await stripe.settled();
    expect((await page()).parties.find((p) => p.id === first.partyId)?.method).toMatchObject({ label: "Visa •••• 4242" });
    // The completed page is not offered again.
    expect((await post({ intent: "add", party: first.partyId })).location).not.toBe(started.location);
    const next = await makeIssuedInvoice(werkplaats.id, company.id);
    await queueCollections();
    expect(await collectionOf(next.id)).toMatchObject({ methodKind: "card" });

    // Someone else's party: 404, nothing changed.
    const stranger = await makePerson(werkplaats.id, ["member"]);
    const asStranger = (form: Record<string, string>) =>
      outcome(() =>
        accountPaymentsRoute.action(routeArgs("/account/payments", { user: stranger, roles: ["member"], werkplaats }, formPost(form))),
      );
    expect(await asStranger({ intent: "remove", party: first.partyId })).toMatchObject({ status: 404 });
    expect(await asStranger({ intent: "add", party: first.partyId })).toMatchObject({ status: 404 });
    expect((await page()).parties.find((p) => p.id === first.partyId)?.method).toMatchObject({ label: "Visa •••• 4242" });
  });
});
