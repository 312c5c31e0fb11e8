import { eq, sql } from "drizzle-orm";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePerson, makeWerkplaats } from "#db/factories";
import { makeCompany } from "#db/membership-factories";
import { stripeCalls, stripeCustomers, stripeEvents } from "#db/schema";
import { partyForCompany } from "~/modules/billing/index.server";
import { runDueStripeCalls, stripeCallsNeedingAttention, stripeCustomerFor, stripeStatus } from "~/modules/stripe/index.server";
import { db } from "~/utils/db.server";
import { stripeForTests, type StripeForTests } from "../support/stripe";

/**
 * The rail itself: the SDK reaches the local server, webhooks are verified and stored once, and a
 * call that creates something survives an outage with the same idempotency key.
 */
const server = process.env.DATABASE_URL ? "the PostgreSQL server" : "PGlite";
let stripe: StripeForTests;
let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;

beforeAll(async () => {
  stripe = await stripeForTests();
  werkplaats = await makeWerkplaats({ name: "DOC Stripe Basis" });
});
afterAll(async () => stripe.stop());

const post = (body: string, signature: string | null) =>
  fetch(stripe.webhookUrl, { method: "POST", headers: signature ? { "stripe-signature": signature } : {}, body });

describe(`Stripe webhooks and queued calls, on ${server}`, () => {
  it("refuses a bad or missing signature with 400 and stores nothing", async () => {
    const payload = JSON.stringify({ id: "evt_forged", object: "event", type: "payout.paid", data: { object: { id: "po_x" } } });
    const forged = Stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_someone_else_entirely" });
    expect((await post(payload, forged)).status).toBe(400);
    expect((await post(payload, null)).status).toBe(400);
    expect(await db.select().from(stripeEvents).where(eq(stripeEvents.id, "evt_forged"))).toHaveLength(0);
  });

  it("stores an event about an unknown object and answers 200, once however often it comes", async () => {
    stripe.emit("payment_intent.succeeded", { id: "pi_test_unknown", object: "payment_intent", metadata: {} } as never);
    await stripe.settled();
    const eventId = stripe.deliveries.at(-1)!.eventId;
    for (let i = 0; i < 5; i++) await stripe.redeliver(eventId);
    expect(stripe.deliveries.filter((d) => d.eventId === eventId).map((d) => d.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const [stored] = await db.select().from(stripeEvents).where(eq(stripeEvents.id, eventId));
    expect(stored).toMatchObject({ outcome: "ignored", objectId: "pi_test_unknown", attempts: 1 });
    expect((await stripeStatus()) as { lastWebhookAt: Date | null }).toMatchObject({ configured: true, testMode: true, answers: true });
  });

  it("keeps a call through an outage and creates one customer with one idempotency key", async () => {
    const owner = await makePerson(werkplaats.id, ["member"]);
    const company = await makeCompany(werkplaats.id, owner.id, { name: "Storing BV" });
    const party = await partyForCompany(werkplaats.id, company.id);

    stripe.setFault("error");
    expect(await stripeCustomerFor(werkplaats.id, party.id)).toBeNull();
    expect((await stripeStatus()) as { answers: boolean }).toMatchObject({ answers: false });
    // Stripe did the work but the answer was lost: the retry must not make a second customer.
    stripe.setFault("lost");
    await db.update(stripeCalls).set({ nextTryAt: sql`now()` });
    expect(await runDueStripeCalls()).toBe(1);
    const [pending] = await db
      .select()
      .from(stripeCalls)
      .where(eq(stripeCalls.idempotencyKey, `customer:${party.id}`));
    expect(pending).toMatchObject({ status: "pending", attempts: 2 });
    expect(pending!.lastError).toBeTruthy();
    // Not due yet: backing off.
    expect(await runDueStripeCalls()).toBe(0);

    stripe.setFault(null);
    await db.update(stripeCalls).set({ nextTryAt: sql`now()`, attempts: 3 });
    expect(await stripeCallsNeedingAttention(werkplaats.id)).toHaveLength(1);
    expect(await runDueStripeCalls()).toBe(1);
    const [customer] = await db.select().from(stripeCustomers).where(eq(stripeCustomers.partyId, party.id));
    expect(customer!.customerId).toMatch(/^cus_test_/);
    expect([...stripe.store.customers.values()].filter((c) => c.metadata.partyId === party.id)).toHaveLength(1);
    expect(await stripeCustomerFor(werkplaats.id, party.id)).toBe(customer!.customerId);
    expect(await stripeCallsNeedingAttention(werkplaats.id)).toHaveLength(0);
  });
});
