import { randomBytes } from "node:crypto";
import { and, asc, eq, gt, inArray, isNull, lt, ne, sql } from "drizzle-orm";
import { events, registrations, saleHolds, werkplaatsen, type EventRow } from "#db/schema";
import { translate, type Locale } from "~/modules/i18n";
import { enqueueMail } from "~/modules/notifications/index.server";
import { whenText } from "~/utils/when-text";
import { db, pgErrorOf, PG, type Executor, type Tx } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { conflict, notFound } from "~/utils/errors";
import { formatDateTime } from "~/utils/dates";
import { registrationCloses } from "./event-rules";
import { isUuid } from "~/utils/ids";
import { creditSale } from "~/modules/billing/index.server";
import { invoiceTicket } from "./ticket-sales.server";
import { eventLocation, whereText } from "./event-location.server";

type Werkplaats = { id: string; name: string };

const newToken = () => randomBytes(24).toString("base64url");
/** Short enough to type at the door, long enough not to guess: 10 characters from 31. */
const newCheckinCode = () => {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = randomBytes(10);
  return [...bytes].map((b) => alphabet[b % alphabet.length]).join("");
};

export const ticketUrl = (token: string) => `${appUrl()}/tickets/${token}`;

async function mailVars(tx: Executor, werkplaats: Werkplaats, event: EventRow, r: { name: string; token: string; locale: string }) {
  const locale = (r.locale === "en" ? "en" : "nl") as Locale;
  const where = whereText(await eventLocation(tx, event), locale);
  return {
    locale,
    vars: {
      name: r.name,
      event: locale === "en" && event.titleEn ? event.titleEn : event.titleNl,
      when: whenText(event.startsAt, event.endsAt, locale),
      where,
      werkplaats: werkplaats.name,
      link: ticketUrl(r.token),
      // The join link of an online event, only in the mails that confirm a place (named *Link so
      // the plain-text guard for visitors' text leaves our own URL linkable).
      onlineLink: event.onlineUrl ? translate(locale, "events.mailOnlineLine", { url: event.onlineUrl }) : "",
    },
  };
}

export type Registrant = { userId?: string; name: string; email: string; organisation?: string; locale: Locale; consent: boolean };

/**
 * The event, locked for this transaction, when it takes registrations now: one gate for a free
 * place and for a place held while its ticket is paid. 404 for a draft or another werkplaats's
 * event; a clear 409 when it is cancelled, not open yet or closed.
 */
export async function lockEventOpenForRegistration(tx: Tx, werkplaatsId: string, eventId: string, locale: Locale, now: Date) {
  const [event] = await tx
    .select()
    .from(events)
    .where(and(eq(events.id, eventId), eq(events.werkplaatsId, werkplaatsId)))
    .for("update");
  if (!event || event.status === "draft") throw notFound("events.notFound");
  if (event.status === "cancelled") throw conflict("events.error.cancelled");
  if (event.registrationOpensAt && event.registrationOpensAt > now) {
    throw conflict("events.error.notOpenYet", { date: formatDateTime(event.registrationOpensAt, locale) });
  }
  if (registrationCloses(event) <= now) throw conflict("events.error.closed");
  return event;
}

/**
 * Registers someone for a published event inside its window. The event row is locked, so
 * simultaneous registrations are taken one at a time in arrival order: the first `capacity`
 * people get a place, the rest join the waitlist. Registering twice is refused.
 */
export async function registerForEvent(werkplaats: Werkplaats, eventId: string, who: Registrant, now = new Date()) {
  if (!isUuid(eventId)) throw notFound("events.notFound");
  try {
    return await db.transaction(async (tx) => {
      const event = await lockEventOpenForRegistration(tx, werkplaats.id, eventId, who.locale, now);
      const email = who.email.toLowerCase();
      const [already] = await tx
        .select({ id: registrations.id })
        .from(registrations)
        .where(
          and(
            eq(registrations.eventId, eventId),
            ne(registrations.status, "cancelled"),
            who.userId
              ? sql`(${registrations.email} = ${email} or ${registrations.userId} = ${who.userId})`
              : eq(registrations.email, email),
          ),
        )
        .limit(1);
      if (already) throw conflict("events.error.alreadyRegistered", undefined, "email");
      const status = (await placesTaken(tx, eventId, now)) < event.capacity ? "registered" : "waitlisted";
      return placeRegistration(tx, werkplaats, event, { ...who, email }, status, now);
    });
  } catch (error) {
    if (pgErrorOf(error)?.code === PG.uniqueViolation) throw conflict("events.error.alreadyRegistered", undefined, "email");
    throw error;
  }
}

/**
 * The places an event has given: registrations plus places held while their buyers pay at
 * Checkout (until the hold expires). Counted under the event's row lock by everyone who gives one.
 */
export async function placesTaken(tx: Executor, eventId: string, now: Date) {
  const [row] = await tx
    .select({
      registered: sql<number>`(select count(*)::int from ${registrations} where ${registrations.eventId} = ${eventId} and ${registrations.status} = 'registered')`,
      held: sql<number>`count(*)::int`,
    })
    .from(saleHolds)
    .where(and(eq(saleHolds.eventId, eventId), eq(saleHolds.status, "pending"), gt(saleHolds.expiresAt, now)));
  return Number(row!.registered) + Number(row!.held);
}

/**
 * Writes a registration (the event row already locked by the caller), invoices a paid place
 * and mails the confirmation or waitlist position. Used by registering and by a paid hold.
 */
export async function placeRegistration(
  tx: Tx,
  werkplaats: Werkplaats,
  event: EventRow,
  who: Registrant & { consentAt?: Date | null },
  status: "registered" | "waitlisted",
  now: Date,
) {
  const email = who.email.toLowerCase();
  const token = newToken();
  const [row] = await tx
    .insert(registrations)
    .values({
      werkplaatsId: werkplaats.id,
      eventId: event.id,
      userId: who.userId ?? null,
      name: who.name,
      email,
      organisation: who.organisation ?? null,
      locale: who.locale,
      status,
      token,
      checkinCode: newCheckinCode(),
      consentAt: who.consentAt ?? (who.consent ? now : null),
      priceCents: event.priceCents,
    })
    .returning();
  const invoice = status === "registered" ? await invoiceTicket(tx, event, row!, now) : null;
  const { locale, vars } = await mailVars(tx, werkplaats, event, row!);
  const position = status === "waitlisted" ? await waitlistPosition(tx, event.id, row!.seq) : 0;
  await enqueueMail(tx, {
    werkplaatsId: werkplaats.id,
    to: email,
    locale,
    template: status === "registered" ? "mail.registered" : "mail.waitlisted",
    vars: { ...vars, position },
  });
  return { status, token, position, registrationId: row!.id, invoice };
}

export async function waitlistPosition(tx: Executor, eventId: string, seq: number) {
  const [{ n }] = (await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.status, "waitlisted"), lt(registrations.seq, seq)))) as [{ n: number }];
  return n + 1;
}

/** Moves the first `places` people on the waitlist (arrival order) to registered and emails them. */
export async function promoteFromWaitlist(tx: Tx, event: EventRow, places: number, now = new Date()) {
  if (places <= 0 || event.status !== "published" || event.endsAt <= now) return [];
  const next = await tx
    .select()
    .from(registrations)
    .where(and(eq(registrations.eventId, event.id), eq(registrations.status, "waitlisted")))
    .orderBy(asc(registrations.seq))
    .limit(places)
    .for("update");
  if (next.length === 0) return [];
  await tx
    .update(registrations)
    .set({ status: "registered", promotedAt: now })
    .where(
      inArray(
        registrations.id,
        next.map((r) => r.id),
      ),
    );
  const werkplaats = { id: event.werkplaatsId, name: await werkplaatsName(tx, event.werkplaatsId) };
  for (const r of next) {
    await invoiceTicket(tx, event, r, now);
    const { locale, vars } = await mailVars(tx, werkplaats, event, r);
    await enqueueMail(tx, { werkplaatsId: event.werkplaatsId, to: r.email, locale, template: "mail.promoted", vars });
  }
  return next.map((r) => r.id);
}

async function werkplaatsName(tx: Executor, id: string) {
  const [row] = await tx.select({ name: werkplaatsen.name }).from(werkplaatsen).where(eq(werkplaatsen.id, id));
  return row?.name ?? "";
}

export type CancelBy = { token: string } | { userId: string; eventId: string } | { registrationId: string; werkplaatsId: string };

/**
 * Cancels a registration (by the guest's token, the member, or staff). A freed place goes to
 * the first person waiting, in the same transaction, so exactly one is promoted (and invoiced).
 */
export async function cancelRegistration(by: CancelBy, now = new Date()) {
  const where =
    "token" in by
      ? eq(registrations.token, by.token)
      : "userId" in by
        ? and(eq(registrations.userId, by.userId), eq(registrations.eventId, by.eventId), ne(registrations.status, "cancelled"))
        : and(eq(registrations.id, by.registrationId), eq(registrations.werkplaatsId, by.werkplaatsId));
  const [found] = await db.select({ id: registrations.id, eventId: registrations.eventId }).from(registrations).where(where).limit(1);
  if (!found) throw notFound("registrations.notFound");
  const cancelled = await db.transaction(async (tx) => {
    // Lock the event first (as registering does), then the registration.
    const [event] = await tx.select().from(events).where(eq(events.id, found.eventId)).for("update");
    const [r] = await tx.select().from(registrations).where(eq(registrations.id, found.id)).for("update");
    if (!event || !r) throw notFound("registrations.notFound");
    if (r.status === "cancelled") throw conflict("registrations.error.alreadyCancelled");
    if (event.startsAt <= now) throw conflict("registrations.error.started");
    await tx.update(registrations).set({ status: "cancelled", cancelledAt: now }).where(eq(registrations.id, r.id));
    const werkplaats = { id: event.werkplaatsId, name: await werkplaatsName(tx, event.werkplaatsId) };
    const { locale, vars } = await mailVars(tx, werkplaats, event, r);
    await enqueueMail(tx, { werkplaatsId: event.werkplaatsId, to: r.email, locale, template: "mail.registrationCancelled", vars });
    const promoted = r.status === "registered" ? await promoteFromWaitlist(tx, event, 1, now) : [];
    return { eventId: event.id, promoted: promoted.length, werkplaatsId: event.werkplaatsId };
  });
  // An unpaid ticket's invoice is credited once the cancellation has committed (as for day passes).
  await creditSale(cancelled.werkplaatsId, null, `ticket:${found.id}`, now);
  return { eventId: cancelled.eventId, promoted: cancelled.promoted };
}

/** Everyone registered or waiting hears that the event is off. */
export async function notifyEventCancelled(tx: Tx, werkplaats: Werkplaats, event: EventRow) {
  const people = await tx
    .select()
    .from(registrations)
    .where(and(eq(registrations.eventId, event.id), inArray(registrations.status, ["registered", "waitlisted"])));
  for (const r of people) {
    const { locale, vars } = await mailVars(tx, werkplaats, event, r);
    await enqueueMail(tx, { werkplaatsId: werkplaats.id, to: r.email, locale, template: "mail.eventCancelled", vars });
  }
  return people.length;
}

/** Staff write to everyone registered (and optionally the waitlist). */
export async function emailRegistrants(
  werkplaats: Werkplaats,
  eventId: string,
  message: { subject: string; message: string; includeWaitlist: boolean },
) {
  if (!isUuid(eventId)) throw notFound("events.notFound");
  return db.transaction(async (tx) => {
    const [event] = await tx
      .select()
      .from(events)
      .where(and(eq(events.id, eventId), eq(events.werkplaatsId, werkplaats.id)));
    if (!event) throw notFound("events.notFound");
    const statuses = message.includeWaitlist ? ["registered", "waitlisted"] : ["registered"];
    const people = await tx
      .select()
      .from(registrations)
      .where(and(eq(registrations.eventId, eventId), inArray(registrations.status, statuses)));
    if (people.length === 0) throw conflict("attendees.error.nobody");
    for (const r of people) {
      const { locale, vars } = await mailVars(tx, werkplaats, event, r);
      await enqueueMail(tx, {
        werkplaatsId: werkplaats.id,
        to: r.email,
        locale,
        template: "mail.eventMessage",
        vars: { ...vars, subject: message.subject, message: message.message },
      });
    }
    return people.length;
  });
}

/** The attendee list for staff, in arrival order. */
export async function listAttendees(werkplaatsId: string, eventId: string) {
  return db
    .select()
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.werkplaatsId, werkplaatsId)))
    .orderBy(asc(registrations.seq));
}

/** Checks someone in at the door, by registration or by the code in their QR. */
export async function checkIn(werkplaatsId: string, by: { registrationId: string } | { code: string }, undo = false, now = new Date()) {
  const match = "code" in by ? eq(registrations.checkinCode, by.code.trim().toUpperCase()) : eq(registrations.id, by.registrationId);
  const [r] = await db
    .select()
    .from(registrations)
    .where(and(match, eq(registrations.werkplaatsId, werkplaatsId)));
  if (!r) throw notFound("doorCheckin.unknown");
  if (r.status !== "registered")
    throw conflict(r.status === "waitlisted" ? "doorCheckin.waitlisted" : "doorCheckin.cancelled", { name: r.name });
  if (undo) {
    await db.update(registrations).set({ checkedInAt: null }).where(eq(registrations.id, r.id));
    return { name: r.name, eventId: r.eventId, already: false, at: now };
  }
  // The conditional update is the claim: of two scans at the same moment only one finds the
  // column still empty, so exactly one answer says "checked in" and the other "already".
  const [claimed] = await db
    .update(registrations)
    .set({ checkedInAt: now })
    .where(and(eq(registrations.id, r.id), isNull(registrations.checkedInAt)))
    .returning({ at: registrations.checkedInAt });
  if (claimed) return { name: r.name, eventId: r.eventId, already: false, at: now };
  const [earlier] = await db.select({ at: registrations.checkedInAt }).from(registrations).where(eq(registrations.id, r.id));
  return { name: r.name, eventId: r.eventId, already: true, at: earlier?.at ?? now };
}
