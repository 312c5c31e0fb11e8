import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePerson, makeUser, makeWerkplaats } from "#db/factories";
import { makeBillingSettings } from "#db/billing-factories";
import { makeArea, makePlan } from "#db/membership-factories";
import {
  dayPasses,
  events,
  invoices,
  memberships,
  moneyEvents,
  outboxMessages,
  payments,
  registrations,
  saleHolds,
  stripeCalls,
  stripePayments,
} from "#db/schema";
import { createPaymentRequest, creditInvoice, paymentRequestStatus, receivablesPage } from "~/modules/billing/index.server";
import { applyForMembership } from "~/modules/memberships/index.server";
import { issueDayPass, releaseDayPassHold, releaseExpiredDayPassHolds } from "~/modules/presence/index.server";
import {
  queueRefunds,
  refundProposals,
  runDueStripeCalls,
  startDayPassCheckout,
  stripeClient,
  startRequestCheckout,
  startTicketCheckout,
} from "~/modules/stripe/index.server";
import { addDays } from "~/utils/calendar";
import { db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { todayIn, zonedToUtc } from "~/utils/zoned-time";
import * as applyRoute from "~/routes/membership.apply";
import { formPost, outcome, routeArgs, type Visitor } from "../support/route-harness";
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
    // Paid in euro: the buyer is offered iDEAL, Bancontact and card (read from the request the app sent).
    expect(stripe.store.sessions.get(sessionId)).toMatchObject({
      currency: "eur",
      allowed_payment_method_types: ["ideal", "bancontact", "card"],
      payment_method_types: ["ideal", "bancontact", "card"],
    });
    const [hold] = await db.select().from(saleHolds).where(eq(saleHolds.checkoutSessionId, sessionId));
    expect(hold).toMatchObject({ status: "pending" });
    await expect(startTicketCheckout(werkplaats, { id: event.id, title: event.titleNl }, guest(2))).rejects.toMatchObject({
      key: "events.hold.full",
    });

    stripe.completeCheckout(sessionId, "ideal");
    await stripe.settled();
    for (const id of stripe.eventsAbout(sessionId, "checkout.session.completed")) await stripe.redeliver(id);
    await stripe.settled();
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

  it("a ticket is booked by its PaymentIntent: a credit note refunds through Stripe, a dispute reopens it, a won dispute pays it again", async () => {
    const event = await paidEvent(5);
    const buy = async (i: number) => {
      const url = await startTicketCheckout(werkplaats, { id: event.id, title: event.titleNl }, guest(i));
      stripe.completeCheckout(sessionOf(url), "bancontact");
      await stripe.settled();
      const paymentIntentId = stripe.store.sessions.get(sessionOf(url))!.payment_intent as string;
      const [booked] = await db.select().from(stripePayments).where(eq(stripePayments.paymentIntentId, paymentIntentId));
      expect(booked).toMatchObject({ status: "succeeded", amountCents: 1250, werkplaatsId: werkplaats.id });
      return { paymentIntentId, invoiceId: booked!.invoiceId };
    };
    const invoiceOf = async (id: string) => (await db.select().from(invoices).where(eq(invoices.id, id)))[0]!;

    // Cancelled and credited: the money goes back through Stripe, by the ticket's PaymentIntent.
    const credited = await buy(10);
    await creditInvoice(werkplaats.id, null, credited.invoiceId);
    expect(await queueRefunds()).toBeGreaterThanOrEqual(1);
    await runDueStripeCalls();
    await stripe.settled();
    const refunds = [...stripe.store.refunds.values()].filter((r) => r.payment_intent === credited.paymentIntentId);
    expect(refunds.map((r) => r.amount)).toEqual([1250]);

    // Disputed at the bank: the signed webhook (five times) reopens the invoice once, tells the buyer once.
    const disputed = await buy(11);
    const dispute = stripe.disputePayment(disputed.paymentIntentId);
    await stripe.settled();
    for (const id of stripe.eventsAbout(dispute.id, "charge.dispute.created")) for (let i = 0; i < 5; i++) await stripe.redeliver(id);
    await stripe.settled();
    expect(stripe.deliveries.filter((d) => d.type.startsWith("charge.dispute")).every((d) => d.status === 200)).toBe(true);
    expect(await invoiceOf(disputed.invoiceId)).toMatchObject({ status: "issued", paidCents: 0 });
    const [row] = await db.select().from(stripePayments).where(eq(stripePayments.paymentIntentId, disputed.paymentIntentId));
    expect(row).toMatchObject({ status: "disputed", failureReason: "fraudulent" });
    const mails = await db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, "koper11@example.nl"));
    expect(mails.filter((m) => m.kind === "mail.stripePaymentDisputed")).toHaveLength(1);
    const open = await receivablesPage(werkplaats.id, {}, todayIn());
    expect(open.rows.map((r) => r.id)).toContain(disputed.invoiceId);

    // Won: Stripe returns the money, booked on the invoice again, once however often the event comes.
    stripe.closeDispute(dispute.id, "won");
    await stripe.settled();
    for (const id of stripe.eventsAbout(dispute.id, "charge.dispute.closed")) for (let i = 0; i < 3; i++) await stripe.redeliver(id);
    await stripe.settled();
    expect(await invoiceOf(disputed.invoiceId)).toMatchObject({ status: "paid", paidCents: 1250 });
    const booked = await db.select().from(payments).where(eq(payments.invoiceId, disputed.invoiceId));
    expect(booked.map((p) => p.reversedAt === null)).toEqual(expect.arrayContaining([true, false]));
    expect(booked).toHaveLength(2);
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
    // Booked by its PaymentIntent like an invoice paid online: a credit note on it refunds through Stripe.
    expect(await db.select().from(stripePayments).where(eq(stripePayments.invoiceId, invoice!.id))).toMatchObject([
      { status: "succeeded", amountCents: 12100 },
    ]);
  });
});

describe(`day passes paid at Checkout, on ${server}`, () => {
  let shop: Awaited<ReturnType<typeof makeWerkplaats>>;
  let area: Awaited<ReturnType<typeof makeArea>>;
  const passDay = addDays(todayIn(), 3);
  beforeAll(async () => {
    shop = await makeWerkplaats({ name: "DOC Dagpas Online" });
    await makeBillingSettings(shop.id);
    await makePlan(shop.id, "day_pass", { priceCents: 2066, btwRate: 21 });
    area = await makeArea(shop.id, { name: "Stilteruimte", flexCapacity: 1 });
  });
  const buyer = async (i: number) => {
    const user = await makeUser({ name: `Dagganger ${i}`, email: `dagganger${i}@example.nl` });
    return { userId: user.id, name: user.name, email: user.email, locale: "nl" as const };
  };
  const holdOf = async (url: string) =>
    (
      await db
        .select()
        .from(saleHolds)
        .where(eq(saleHolds.checkoutSessionId, sessionOf(url)))
    )[0]!;

  it("the spot is held while paying; paid by iDEAL it is one paid pass, replays change nothing", async () => {
    const first = await buyer(1);
    const url = await startDayPassCheckout(shop, first, { day: passDay });
    expect(stripe.store.sessions.get(sessionOf(url))).toMatchObject({ amount_total: 2500, customer_email: "dagganger1@example.nl" });
    expect(await holdOf(url)).toMatchObject({ kind: "daypass", status: "pending", areaId: area.id, day: passDay });
    // The one spot is held: neither a pass at the desk nor a second Checkout gets it.
    await expect(issueDayPass(shop, { ...(await buyer(2)), userId: null }, { day: passDay })).rejects.toMatchObject({
      key: "reservation.errors.allFull",
    });
    await expect(startDayPassCheckout(shop, first, { day: passDay })).rejects.toMatchObject({ key: "daypass.hold.pending" });

    stripe.completeCheckout(sessionOf(url), "ideal");
    await stripe.settled();
    for (const id of stripe.eventsAbout(sessionOf(url), "checkout.session.completed"))
      for (let i = 0; i < 5; i++) await stripe.redeliver(id);
    await stripe.settled();
    const passes = await db.select().from(dayPasses).where(eq(dayPasses.werkplaatsId, shop.id));
    expect(passes).toHaveLength(1);
    expect(passes[0]).toMatchObject({ guestEmail: "dagganger1@example.nl", areaId: area.id, status: "valid" });
    expect(passes[0]!.paidAt).not.toBeNull();
    expect(await holdOf(url)).toMatchObject({ status: "confirmed", dayPassId: passes[0]!.id });
    const paid = await db.select().from(payments).where(eq(payments.werkplaatsId, shop.id));
    expect(paid).toHaveLength(1);
    expect(paid[0]).toMatchObject({ amountCents: 2500, method: "stripe" });
    const [invoice] = await db.select().from(invoices).where(eq(invoices.id, paid[0]!.invoiceId));
    expect(invoice).toMatchObject({ status: "paid", grossCents: 2500 });
    // Booked by its PaymentIntent, as an invoice paid online: a credit note on it refunds through Stripe.
    const [booked] = await db.select().from(stripePayments).where(eq(stripePayments.invoiceId, invoice!.id));
    expect(booked).toMatchObject({ status: "succeeded", paymentId: paid[0]!.id, amountCents: 2500 });
    // Refunded from Stripe's dashboard: a proposal for the manager, as for any invoice paid online.
    await stripeClient().refunds.create({ payment_intent: booked!.paymentIntentId });
    await stripe.settled();
    expect(await refundProposals(shop.id)).toMatchObject([{ invoiceId: invoice!.id, amountCents: 2500 }]);
  });

  it("an expired session, or the hourly job, gives the spot back", async () => {
    const day = addDays(passDay, 1);
    const url = await startDayPassCheckout(shop, await buyer(3), { day });
    stripe.expireCheckout(sessionOf(url));
    await stripe.settled();
    expect(await holdOf(url)).toMatchObject({ status: "released" });

    const next = await startDayPassCheckout(shop, await buyer(4), { day });
    expect(await holdOf(next)).toMatchObject({ status: "pending" });
    expect(await releaseExpiredDayPassHolds(new Date(Date.now() + 60 * 60_000))).toBeGreaterThanOrEqual(1);
    expect(await holdOf(next)).toMatchObject({ status: "released" });
    const walkIn = await issueDayPass(shop, { userId: null, name: "Loper", email: "loper@example.nl", locale: "nl" }, { day });
    expect(walkIn.areaId).toBe(area.id);
  });

  it("paid after the spot went to someone else: no pass, the money goes back through Stripe, audited", async () => {
    const day = addDays(passDay, 2);
    const url = await startDayPassCheckout(shop, await buyer(5), { day });
    const hold = await holdOf(url);
    await releaseDayPassHold(hold.id);
    await issueDayPass(shop, { userId: null, name: "Snelle", email: "snel@example.nl", locale: "nl" }, { day });
    stripe.completeCheckout(sessionOf(url), "card");
    await stripe.settled();
    expect(await holdOf(url)).toMatchObject({ status: "refunded", dayPassId: null });
    const passes = await db.select().from(dayPasses).where(eq(dayPasses.guestEmail, "dagganger5@example.nl"));
    expect(passes).toHaveLength(0);
    const [call] = await db
      .select()
      .from(stripeCalls)
      .where(eq(stripeCalls.idempotencyKey, `refund:hold:${hold.id}`));
    expect(call).toMatchObject({ kind: "refund.hold", status: "pending" });
    await runDueStripeCalls();
    const refunds = [...stripe.store.refunds.values()].filter((r) => r.metadata?.holdId === hold.id);
    expect(refunds.map((r) => r.amount)).toEqual([2500]);
    const audit = await db.select().from(moneyEvents).where(eq(moneyEvents.werkplaatsId, shop.id));
    expect(audit.filter((e) => e.kind === "stripe_refund" && (e.details as { holdId?: string }).holdId === hold.id)).toMatchObject([
      { invoiceId: null, details: { source: "day_pass_hold", amountCents: 2500 } },
    ]);
  });
});

describe(`strippenkaarten paid at Checkout, on ${server}`, () => {
  let shop: Awaited<ReturnType<typeof makeWerkplaats>>;
  let card: Awaited<ReturnType<typeof makePlan>>;
  const start = addDays(todayIn(), 1);
  beforeAll(async () => {
    shop = await makeWerkplaats({ name: "DOC Strippenkaart Online" });
    await makeBillingSettings(shop.id);
    card = await makePlan(shop.id, "strippenkaart", { priceCents: 8264, btwRate: 21, stripDays: 10, stripValidityMonths: 3 });
  });
  const buyer = async (): Promise<Visitor> => ({ user: await makePerson(shop.id, []), roles: [], werkplaats: shop });
  const buy = (who: Visitor) =>
    outcome(() => applyRoute.action(routeArgs("/membership/apply", who, formPost({ planId: card.id, startDate: start, billing: "self" }))));
  const holdOf = async (location: string) =>
    (
      await db
        .select()
        .from(saleHolds)
        .where(eq(saleHolds.checkoutSessionId, sessionOf(location)))
    )[0]!;

  it("held while paying; paid by iDEAL it is one active card, invoiced and booked by its PaymentIntent, replays change nothing", async () => {
    const who = await buyer();
    const started = await buy(who);
    expect(started.status).toBe(302);
    expect(stripe.store.sessions.get(sessionOf(started.location!))).toMatchObject({ amount_total: 9999, currency: "eur" });
    expect(await holdOf(started.location!)).toMatchObject({ kind: "strippenkaart", status: "pending", planId: card.id, day: start });
    // A second tab: refused while the first is being paid; no card exists yet.
    expect((await buy(who)).status).toBe(409);
    expect(await db.select().from(memberships).where(eq(memberships.userId, who.user!.id))).toEqual([]);

    stripe.completeCheckout(sessionOf(started.location!), "ideal");
    await stripe.settled();
    for (const id of stripe.eventsAbout(sessionOf(started.location!), "checkout.session.completed"))
      for (let i = 0; i < 5; i++) await stripe.redeliver(id);
    await stripe.settled();
    const cards = await db.select().from(memberships).where(eq(memberships.userId, who.user!.id));
    expect(cards).toMatchObject([{ status: "active", startDate: start, werkplaatsId: shop.id }]);
    expect(await holdOf(started.location!)).toMatchObject({ status: "confirmed", membershipId: cards[0]!.id });
    const [booked] = await db.select().from(stripePayments).where(eq(stripePayments.werkplaatsId, shop.id));
    expect(booked).toMatchObject({ status: "succeeded", amountCents: 9999 });
    expect(await db.select().from(invoices).where(eq(invoices.id, booked!.invoiceId))).toMatchObject([
      { status: "paid", grossCents: 9999 },
    ]);
  });

  it("an expired session lets the purchase go; paid for a card that can no longer be sold, the money goes back, audited", async () => {
    const who = await buyer();
    const first = await buy(who);
    stripe.expireCheckout(sessionOf(first.location!));
    await stripe.settled();
    expect(await holdOf(first.location!)).toMatchObject({ status: "released" });

    // While paying, the buyer also applied the ordinary way: the card cannot be sold, the money goes back.
    const second = await buy(who);
    const hold = await holdOf(second.location!);
    await applyForMembership(shop, { id: who.user!.id, name: who.user!.name }, { planId: card.id, startDate: start, billing: "self" });
    stripe.completeCheckout(sessionOf(second.location!), "card");
    await stripe.settled();
    expect(await holdOf(second.location!)).toMatchObject({ status: "refunded", membershipId: null });
    expect(await db.select().from(memberships).where(eq(memberships.userId, who.user!.id))).toMatchObject([{ status: "pending" }]);
    await runDueStripeCalls();
    expect([...stripe.store.refunds.values()].filter((r) => r.metadata?.holdId === hold.id).map((r) => r.amount)).toEqual([9999]);
    const audit = await db.select().from(moneyEvents).where(eq(moneyEvents.werkplaatsId, shop.id));
    expect(audit.filter((e) => (e.details as { holdId?: string }).holdId === hold.id)).toMatchObject([
      { kind: "stripe_refund", invoiceId: null, details: { source: "strippenkaart_hold", amountCents: 9999 } },
    ]);
  });
});
