import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeWerkplaats } from "#db/factories";
import { makeBillingSettings } from "#db/billing-factories";
import { events, invoices, payments, registrations, saleHolds } from "#db/schema";
import { createPaymentRequest, paymentRequestStatus } from "~/modules/billing/index.server";
import { startRequestCheckout, startTicketCheckout } from "~/modules/stripe/index.server";
import { addDays } from "~/utils/calendar";
import { db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { todayIn, zonedToUtc } from "~/utils/zoned-time";
import { stripeForTests, type StripeForTests } from "../support/stripe";

/**
 * Purchases through the real SDK and the local Stripe server: a held ticket paid at Checkout is
 * confirmed by the signed webhook (replayed, still once), an expired session gives the place back,
 * a payment request is invoiced and paid, and an outage leaves no place held.
 */
const server = process.env.DATABASE_URL ? "the PostgreSQL server" : "PGlite";
let stripe: StripeForTests;
let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
const day = addDays(todayIn(), 10);

beforeAll(async () => {
  stripe = await stripeForTests();
  werkplaats = await makeWerkplaats({ name: "DOC Stripe Verkoop" });
  await makeBillingSettings(werkplaats.id);
});
afterAll(async () => stripe.stop());

async function paidEvent(capacity: number) {
  const [event] = await db
    .insert(events)
    .values({
      werkplaatsId: werkplaats.id,
      kind: "talk",
      titleNl: "Lezing met kaartje",
      startsAt: zonedToUtc(day, "19:00"),
      endsAt: zonedToUtc(day, "21:00"),
      capacity,
      audiences: ["public"],
      onlineUrl: "https://meet.example/y",
      status: "published",
      priceCents: 1033,
    })
    .returning();
  return event!;
}
const guest = (i: number) => ({ name: `Koper ${i}`, email: `koper${i}@example.nl`, locale: "nl" as const, consent: true });
const sessionOf = (url: string) => url.split("/pay/")[1]!;

describe(`tickets and payment requests paid at Checkout, on ${server}`, () => {
  it("a paid ticket: held, paid by iDEAL, confirmed once by the webhook, replays change nothing", async () => {
    const event = await paidEvent(1);
    const url = await startTicketCheckout(werkplaats, { id: event.id, title: event.titleNl }, guest(1));
    const sessionId = sessionOf(url);
    expect(stripe.store.sessions.get(sessionId)).toMatchObject({ amount_total: 1250, customer_email: "koper1@example.nl" });
    const [hold] = await db.select().from(saleHolds).where(eq(saleHolds.checkoutSessionId, sessionId));
    expect(hold).toMatchObject({ status: "pending" });
    await expect(startTicketCheckout(werkplaats, { id: event.id, title: event.titleNl }, guest(2))).rejects.toMatchObject({
      key: "events.hold.full",
    });

    stripe.completeCheckout(sessionId, "ideal");
    await stripe.settled();
    for (const d of stripe.deliveries.filter((x) => x.type === "checkout.session.completed")) await stripe.redeliver(d.eventId);
    const regs = await db.select().from(registrations).where(eq(registrations.eventId, event.id));
    expect(regs).toHaveLength(1);
    expect(regs[0]).toMatchObject({ status: "registered", email: "koper1@example.nl" });
    expect(regs[0]!.paidAt).not.toBeNull();
    const paid = await db.select().from(payments).where(eq(payments.method, "stripe"));
    const mine = paid.filter((p) => p.werkplaatsId === werkplaats.id && p.amountCents === 1250);
    expect(mine).toHaveLength(1);
    const [invoice] = await db.select().from(invoices).where(eq(invoices.id, mine[0]!.invoiceId));
    expect(invoice).toMatchObject({ status: "paid", grossCents: 1250 });
  });

  it("an expired session releases the place for the next buyer", async () => {
    const event = await paidEvent(1);
    const url = await startTicketCheckout(werkplaats, { id: event.id, title: event.titleNl }, guest(3));
    stripe.expireCheckout(sessionOf(url));
    await stripe.settled();
    const [hold] = await db
      .select()
      .from(saleHolds)
      .where(eq(saleHolds.checkoutSessionId, sessionOf(url)));
    expect(hold).toMatchObject({ status: "released" });
    expect(await startTicketCheckout(werkplaats, { id: event.id, title: event.titleNl }, guest(4))).toMatch(/\/pay\/cs_/);
  });

  it("Stripe down: the buyer hears to try again, and no place stays held", async () => {
    const event = await paidEvent(1);
    stripe.setFault("error");
    const refused = await startTicketCheckout(werkplaats, { id: event.id, title: event.titleNl }, guest(5)).catch((e: unknown) => e);
    stripe.setFault(null);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).key).toBe("stripe.purchase.unavailable");
    const holds = await db.select().from(saleHolds).where(eq(saleHolds.eventId, event.id));
    expect(holds.map((h) => h.status)).toEqual(["released"]);
  });

  it("a payment request paid by card is invoiced and paid on the ledger", async () => {
    const made = await createPaymentRequest(werkplaats.id, null, {
      purpose: "Stage-opdracht logistiek",
      minimumCents: 2500,
      suggestedCents: 10000,
    });
    const token = made.url.split("/pay/")[1]!;
    const url = await startRequestCheckout(
      werkplaats.id,
      token,
      { amountCents: 12100, name: "Transport Jansen", email: "jan@jansen.nl" },
      "nl",
    );
    stripe.completeCheckout(sessionOf(url), "card");
    await stripe.settled();
    const status = await paymentRequestStatus(werkplaats.id, { id: made.id });
    expect(status).toMatchObject({ status: "paid", amountCents: 12100 });
    const [invoice] = await db.select().from(invoices).where(eq(invoices.id, status!.invoiceId!));
    expect(invoice).toMatchObject({ status: "paid", grossCents: 12100, netCents: 10000 });
    expect(invoice!.customer).toMatchObject({ name: "Transport Jansen" });
  });
});
