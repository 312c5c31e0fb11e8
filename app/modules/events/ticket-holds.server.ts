import { and, eq, lte, ne } from "drizzle-orm";
import { events, registrations, saleHolds, werkplaatsen, type SaleHold } from "#db/schema";
import { recordPayment, type PayInvoice } from "~/modules/billing/index.server";
import { db, pgErrorOf, PG, type Executor, type Tx } from "~/utils/db.server";
import { conflict, notFound } from "~/utils/errors";
import { isUuid } from "~/utils/ids";
import { lineFromExcl } from "~/utils/money";
import { todayIn } from "~/utils/zoned-time";
import { TICKET_BTW_RATE } from "./event-rules";
import { invoiceTicket } from "./ticket-sales.server";
import { lockEventOpenForRegistration, placeRegistration, placesTaken, promoteFromWaitlist, type Registrant } from "./registrations.server";

/**
 * Stripe's shortest Checkout Session lives 30 minutes; the hold lives two minutes longer, so the
 * session's own `completed` or `expired` event arrives while the place is still held and a guest
 * paying in the last second is never left without one.
 */
export const CHECKOUT_MINUTES = 30;
export const HOLD_MINUTES = CHECKOUT_MINUTES + 2;

type Werkplaats = { id: string; name: string };

/**
 * Holds a place at a paid event while its buyer pays at Checkout. Under the event's row lock (as
 * registering takes it), a hold is given only when registrations plus live holds leave room:
 * of twenty guests asking for the last three places at once, three get a hold and the rest a 409
 * (they may join the waitlist, which is free). Registering twice, or holding twice, is refused.
 */
export async function holdTicket(werkplaats: Werkplaats, eventId: string, who: Registrant, now = new Date()): Promise<SaleHold> {
  if (!isUuid(eventId)) throw notFound("events.notFound");
  const email = who.email.toLowerCase();
  try {
    return await db.transaction(async (tx) => {
      const event = await lockEventOpenForRegistration(tx, werkplaats.id, eventId, who.locale, now);
      if (event.priceCents <= 0) throw conflict("events.hold.free");
      const [already] = await tx
        .select({ id: registrations.id })
        .from(registrations)
        .where(and(eq(registrations.eventId, eventId), ne(registrations.status, "cancelled"), eq(registrations.email, email)))
        .limit(1);
      if (already) throw conflict("events.error.alreadyRegistered", undefined, "email");
      if ((await placesTaken(tx, eventId, now)) >= event.capacity) throw conflict("events.hold.full");
      const [hold] = await tx
        .insert(saleHolds)
        .values({
          werkplaatsId: werkplaats.id,
          kind: "ticket",
          eventId,
          userId: who.userId ?? null,
          name: who.name,
          email,
          organisation: who.organisation ?? null,
          locale: who.locale,
          consentAt: who.consent ? now : null,
          priceCents: event.priceCents,
          amountCents: lineFromExcl({ unitCents: event.priceCents, rate: TICKET_BTW_RATE }).inclCents,
          expiresAt: new Date(now.getTime() + HOLD_MINUTES * 60_000),
        })
        .returning();
      return hold!;
    });
  } catch (error) {
    if (pgErrorOf(error)?.code === PG.uniqueViolation) throw conflict("events.hold.pending", undefined, "email");
    throw error;
  }
}

/** Links the Checkout Session made for a hold to it, so its webhooks find the hold back. */
export async function attachCheckoutSession(holdId: string, sessionId: string) {
  await db.update(saleHolds).set({ checkoutSessionId: sessionId }).where(eq(saleHolds.id, holdId));
}

export async function holdOfSession(sessionId: string) {
  const [hold] = await db.select().from(saleHolds).where(eq(saleHolds.checkoutSessionId, sessionId));
  return hold ?? null;
}

export type CheckoutPaid = {
  amountCents: number;
  reference: string;
  /** Books the money on the ticket's invoice (Stripe: by its PaymentIntent); without it, a payment by reference. */
  pay?: PayInvoice;
};

/**
 * The buyer paid: the hold becomes a registration, its ticket is invoiced and the payment is
 * recorded on that invoice, in one transaction. The conditional update of the hold is the claim:
 * the same webhook delivered five times, or two at once, confirms it once. A hold already released
 * (the guest paid just as it lapsed) still gets their place when there is room, and otherwise a
 * place on the waitlist with the payment on the ledger, for the manager to refund or honour.
 * A webhook handler passes its own transaction, so the effect commits with the event's "handled".
 */
export async function confirmTicketHold(holdId: string, paid: CheckoutPaid, now = new Date(), outer: Executor = db) {
  if (!isUuid(holdId)) return null;
  return outer.transaction(async (tx) => {
    const [found] = await tx.select().from(saleHolds).where(eq(saleHolds.id, holdId));
    if (!found?.eventId) return null;
    const [event] = await tx.select().from(events).where(eq(events.id, found.eventId)).for("update");
    const [hold] = await tx
      .update(saleHolds)
      .set({ status: "confirmed", settledAt: now })
      .where(and(eq(saleHolds.id, holdId), ne(saleHolds.status, "confirmed")))
      .returning();
    if (!hold || !event) return null;
    // The hold no longer counts (it is confirmed now): the place is there if the others leave room.
    const room = (await placesTaken(tx, event.id, now)) < event.capacity;
    const werkplaats = await werkplaatsOf(tx, event.werkplaatsId);
    const who = { userId: hold.userId ?? undefined, name: hold.name, email: hold.email, organisation: hold.organisation ?? undefined };
    const placed = await placeRegistration(
      tx,
      werkplaats,
      { ...event, priceCents: hold.priceCents },
      { ...who, locale: hold.locale === "en" ? "en" : "nl", consent: hold.consentAt !== null, consentAt: hold.consentAt },
      room ? "registered" : "waitlisted",
      now,
    );
    await tx.update(saleHolds).set({ registrationId: placed.registrationId }).where(eq(saleHolds.id, holdId));
    // A place on the waitlist is not invoiced by registering; a paid one is, so the money is on the ledger.
    const invoice =
      placed.invoice ??
      (await invoiceTicket(
        tx,
        event,
        {
          id: placed.registrationId,
          userId: hold.userId,
          name: hold.name,
          email: hold.email,
          locale: hold.locale,
          priceCents: hold.priceCents,
        },
        now,
      ));
    if (invoice && invoice.status !== "draft" && paid.pay) await paid.pay(tx, invoice);
    else if (invoice && invoice.status !== "draft") {
      await recordPayment(
        event.werkplaatsId,
        null,
        invoice.id,
        { amountCents: paid.amountCents, method: "stripe", receivedOn: todayIn(now), reference: paid.reference, note: "Stripe Checkout" },
        tx,
      );
    }
    return placed;
  });
}

/**
 * Gives a held place back (the session expired, or the hold lapsed): the first person on the
 * waitlist moves up when that leaves room. Releasing twice, or after confirming, does nothing.
 */
export async function releaseTicketHold(holdId: string, now = new Date(), outer: Executor = db) {
  if (!isUuid(holdId)) return false;
  return outer.transaction(async (tx) => {
    const [found] = await tx.select().from(saleHolds).where(eq(saleHolds.id, holdId));
    if (!found?.eventId) return false;
    const [event] = await tx.select().from(events).where(eq(events.id, found.eventId)).for("update");
    const [released] = await tx
      .update(saleHolds)
      .set({ status: "released", settledAt: now })
      .where(and(eq(saleHolds.id, holdId), eq(saleHolds.status, "pending")))
      .returning({ id: saleHolds.id });
    if (!released || !event) return false;
    await promoteFromWaitlist(tx, event, event.capacity - (await placesTaken(tx, event.id, now)), now);
    return true;
  });
}

/**
 * The maintenance job: holds past their expiry are released (they stopped counting for capacity
 * at that moment already; this moves the waitlist and tidies up). Returns how many.
 */
export async function releaseExpiredHolds(now = new Date()) {
  const lapsed = await db
    .select({ id: saleHolds.id })
    .from(saleHolds)
    .where(and(eq(saleHolds.kind, "ticket"), eq(saleHolds.status, "pending"), lte(saleHolds.expiresAt, now)));
  let released = 0;
  for (const { id } of lapsed) if (await releaseTicketHold(id, now)) released++;
  return released;
}

async function werkplaatsOf(tx: Tx, id: string): Promise<Werkplaats> {
  const [row] = await tx.select({ id: werkplaatsen.id, name: werkplaatsen.name }).from(werkplaatsen).where(eq(werkplaatsen.id, id));
  return row!;
}

/**
 * Where the buyer lands back from Checkout: the hold's id (a random uuid only they were sent to)
 * is their key. A confirmed hold leads on to the ticket; otherwise the page says what is pending.
 */
export async function heldTicketPage(holdId: string) {
  if (!isUuid(holdId)) throw notFound("registrations.notFound");
  const [row] = await db
    .select({ hold: saleHolds, token: registrations.token, eventId: events.id, titleNl: events.titleNl, titleEn: events.titleEn })
    .from(saleHolds)
    .innerJoin(events, eq(events.id, saleHolds.eventId))
    .leftJoin(registrations, eq(registrations.id, saleHolds.registrationId))
    .where(eq(saleHolds.id, holdId));
  if (!row) throw notFound("registrations.notFound");
  return {
    status: row.hold.status as "pending" | "confirmed" | "released",
    ticketToken: row.token,
    event: { id: row.eventId, titleNl: row.titleNl, titleEn: row.titleEn },
  };
}
