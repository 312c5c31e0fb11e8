import { and, asc, desc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { events, registrations, saleHolds, roomBookings, rooms, users, type EventRow } from "#db/schema";
import { bookingViolation } from "~/modules/rooms";
import { holdRoomForEvent, takenError, type Actor, getRoom } from "~/modules/rooms/index.server";
import { db, pgErrorOf, PG, type Executor } from "~/utils/db.server";
import { conflict, DomainError, notFound } from "~/utils/errors";
import { addDays } from "~/utils/calendar";
import { zonedToUtc } from "~/utils/zoned-time";
import { parseSpeakers } from "./event-rules";
import { eventFormValues } from "./event-form-values";
import type { EventFormInput } from "./events.schema";
import { notifyEventCancelled, promoteFromWaitlist } from "./registrations.server";
import { isUuid } from "~/utils/ids";
import { eventImageOf } from "./event-images.server";

/** Counts of registered, waitlisted and checked-in people per event. */
export async function registrationCounts(ex: Executor, eventIds: string[]) {
  const counts = new Map<string, { registered: number; waitlisted: number; checkedIn: number; held: number }>();
  if (eventIds.length === 0) return counts;
  const rows = await ex
    .select({
      eventId: registrations.eventId,
      registered: sql<number>`count(*) filter (where ${registrations.status} = 'registered')::int`,
      waitlisted: sql<number>`count(*) filter (where ${registrations.status} = 'waitlisted')::int`,
      checkedIn: sql<number>`count(*) filter (where ${registrations.status} = 'registered' and ${registrations.checkedInAt} is not null)::int`,
    })
    .from(registrations)
    .where(inArray(registrations.eventId, eventIds))
    .groupBy(registrations.eventId);
  for (const r of rows) counts.set(r.eventId, { ...r, held: 0 });
  // Places held while their buyers pay at Checkout are not free either.
  const held = await ex
    .select({ eventId: saleHolds.eventId, n: sql<number>`count(*)::int` })
    .from(saleHolds)
    .where(and(inArray(saleHolds.eventId, eventIds), eq(saleHolds.status, "pending"), sql`${saleHolds.expiresAt} > now()`))
    .groupBy(saleHolds.eventId);
  for (const h of held) {
    const id = h.eventId!;
    counts.set(id, { ...(counts.get(id) ?? { registered: 0, waitlisted: 0, checkedIn: 0 }), held: Number(h.n) });
  }
  return counts;
}

function timesOf(input: EventFormInput) {
  const start = zonedToUtc(input.startDate, input.startTime);
  const end = zonedToUtc(input.endDate ?? input.startDate, input.endTime);
  return { start, end };
}

async function valuesFrom(werkplaatsId: string, input: EventFormInput, start: Date, end: Date) {
  const speakers = parseSpeakers(input.speakers);
  // A speaker typed with a member's exact name is linked to that member.
  const names = speakers.map((s) => s.name);
  const known = names.length ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.name, names)) : [];
  return {
    werkplaatsId,
    kind: input.kind,
    titleNl: input.titleNl,
    titleEn: input.titleEn ?? null,
    descriptionNl: input.descriptionNl ?? "",
    descriptionEn: input.descriptionEn ?? null,
    themes: input.themes,
    audiences: input.audiences,
    startsAt: start,
    endsAt: end,
    roomId: input.roomId ?? null,
    onlineUrl: input.onlineUrl ?? null,
    capacity: input.capacity,
    registrationOpensAt: input.registrationOpens ? zonedToUtc(input.registrationOpens, "00:00") : null,
    registrationClosesAt: input.registrationCloses ? zonedToUtc(addDays(input.registrationCloses, 1), "00:00") : null,
    speakers: speakers.map((s) => ({ ...s, userId: known.find((k) => k.name === s.name)?.id })),
    priceCents: input.price ?? 0,
  };
}

async function checkTimes(werkplaatsId: string, input: EventFormInput, now: Date, actor: Actor) {
  const { start, end } = timesOf(input);
  const room = input.roomId ? await getRoom(werkplaatsId, input.roomId) : null;
  const rules = room ?? {
    openingHours: {},
    minMinutes: 0,
    maxMinutes: 0,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    advanceDays: 0,
    cancelHours: 0,
    bookableBy: "staff",
    active: true,
  };
  const violation = bookingViolation(rules, { start, end, now, asStaff: true, kind: "event" });
  if (violation) {
    const field = violation.field === "endTime" ? "endTime" : violation.field === "roomId" ? "roomId" : "startTime";
    throw new DomainError(violation.status, violation.key, violation.vars, field);
  }
  void actor;
  return { start, end, room };
}

/** Staff create an event (draft, or published at once). */
export async function createEvent(werkplaatsId: string, actor: Actor, input: EventFormInput, now = new Date()) {
  const { start, end, room } = await checkTimes(werkplaatsId, input, now, actor);
  const values = await valuesFrom(werkplaatsId, input, start, end);
  try {
    return await db.transaction(async (tx) => {
      const roomBookingId = room ? await holdRoomForEvent(tx, werkplaatsId, room, actor.id, { start, end }) : null;
      const [event] = await tx
        .insert(events)
        .values({
          ...values,
          roomBookingId,
          createdBy: actor.id,
          status: input.intent === "publish" ? "published" : "draft",
          publishedAt: input.intent === "publish" ? now : null,
        })
        .returning();
      return event!;
    });
  } catch (error) {
    if (pgErrorOf(error)?.code === PG.exclusionViolation && room) throw await takenError(room, start, end, "roomId");
    throw error;
  }
}

/**
 * Staff change an event. Capacity cannot go below the people already registered; more
 * capacity promotes people from the waitlist at once. Moving the time or room moves its booking.
 */
export async function updateEvent(werkplaatsId: string, actor: Actor, eventId: string, input: EventFormInput, now = new Date()) {
  if (!isUuid(eventId)) throw notFound("events.notFound");
  const [current] = await db
    .select({ startsAt: events.startsAt, endsAt: events.endsAt })
    .from(events)
    .where(and(eq(events.id, eventId), eq(events.werkplaatsId, werkplaatsId)));
  if (!current) throw notFound("events.notFound");
  // Fixing the text of a past event is fine; only new times must lie ahead.
  const times = timesOf(input);
  const unchanged = times.start.getTime() === current.startsAt.getTime() && times.end.getTime() === current.endsAt.getTime();
  const { start, end, room } = await checkTimes(werkplaatsId, input, unchanged ? new Date(0) : now, actor);
  const values = await valuesFrom(werkplaatsId, input, start, end);
  try {
    return await db.transaction(async (tx) => {
      const [event] = await tx
        .select()
        .from(events)
        .where(and(eq(events.id, eventId), eq(events.werkplaatsId, werkplaatsId)))
        .for("update");
      if (!event) throw notFound("events.notFound");
      if (event.status === "cancelled") throw conflict("events.error.cancelled");
      const registered = (await registrationCounts(tx, [eventId])).get(eventId)?.registered ?? 0;
      if (input.capacity < registered) throw conflict("events.error.capacityBelow", { count: registered }, "capacity");
      let roomBookingId: string | null = null;
      if (room) roomBookingId = await holdRoomForEvent(tx, werkplaatsId, room, actor.id, { start, end }, event.roomBookingId);
      else if (event.roomBookingId) {
        await tx
          .update(roomBookings)
          .set({ status: "cancelled", cancelledAt: now, cancelledBy: actor.id })
          .where(eq(roomBookings.id, event.roomBookingId));
      }
      const publish = input.intent === "publish" && event.status === "draft";
      const [updated] = await tx
        .update(events)
        .set({ ...values, roomBookingId, updatedAt: now, ...(publish ? { status: "published", publishedAt: now } : {}) })
        .where(eq(events.id, eventId))
        .returning();
      if (input.capacity > registered) await promoteFromWaitlist(tx, updated!, input.capacity - registered, now);
      return updated!;
    });
  } catch (error) {
    if (pgErrorOf(error)?.code === PG.exclusionViolation && room) throw await takenError(room, start, end, "roomId");
    throw error;
  }
}

/** Publish, take back to draft, or cancel (everyone registered or waiting is told, the room is freed). */
export async function setEventStatus(
  werkplaats: { id: string; name: string },
  actor: Actor,
  eventId: string,
  intent: "publish" | "unpublish" | "cancel-event",
  now = new Date(),
) {
  if (!isUuid(eventId)) throw notFound("events.notFound");
  return db.transaction(async (tx) => {
    const [event] = await tx
      .select()
      .from(events)
      .where(and(eq(events.id, eventId), eq(events.werkplaatsId, werkplaats.id)))
      .for("update");
    if (!event) throw notFound("events.notFound");
    if (event.status === "cancelled") throw conflict("events.error.cancelled");
    if (intent === "publish") {
      await tx.update(events).set({ status: "published", publishedAt: now, updatedAt: now }).where(eq(events.id, eventId));
      return "published" as const;
    }
    const counts = (await registrationCounts(tx, [eventId])).get(eventId);
    if (intent === "unpublish") {
      if ((counts?.registered ?? 0) + (counts?.waitlisted ?? 0) > 0) throw conflict("events.error.unpublishWithRegistrations");
      await tx.update(events).set({ status: "draft", updatedAt: now }).where(eq(events.id, eventId));
      return "draft" as const;
    }
    await tx.update(events).set({ status: "cancelled", cancelledAt: now, updatedAt: now }).where(eq(events.id, eventId));
    if (event.roomBookingId) {
      await tx
        .update(roomBookings)
        .set({ status: "cancelled", cancelledAt: now, cancelledBy: actor.id })
        .where(eq(roomBookings.id, event.roomBookingId));
    }
    await notifyEventCancelled(tx, werkplaats, event);
    return "cancelled" as const;
  });
}

/** Events for the staff overview: coming ones first, then the past, with their counts. */
export async function listEventsForStaff(werkplaatsId: string, now = new Date()) {
  const [upcoming, past] = await Promise.all([
    db
      .select()
      .from(events)
      .where(and(eq(events.werkplaatsId, werkplaatsId), gte(events.endsAt, now)))
      .orderBy(asc(events.startsAt))
      .limit(200),
    db
      .select()
      .from(events)
      .where(and(eq(events.werkplaatsId, werkplaatsId), lt(events.endsAt, now)))
      .orderBy(desc(events.startsAt))
      .limit(50),
  ]);
  const counts = await registrationCounts(
    db,
    [...upcoming, ...past].map((e) => e.id),
  );
  const withCounts = (e: EventRow) => ({ ...e, ...(counts.get(e.id) ?? { registered: 0, waitlisted: 0, checkedIn: 0 }) });
  return { upcoming: upcoming.map(withCounts), past: past.map(withCounts) };
}

/** One event for staff, with its counts and room name. */
export async function getEventForStaff(werkplaatsId: string, eventId: string) {
  if (!isUuid(eventId)) throw notFound("events.notFound");
  const [row] = await db
    .select({ event: events, roomName: rooms.name })
    .from(events)
    .leftJoin(rooms, eq(rooms.id, events.roomId))
    .where(and(eq(events.id, eventId), eq(events.werkplaatsId, werkplaatsId)));
  if (!row) throw notFound("events.notFound");
  const counts = (await registrationCounts(db, [eventId])).get(eventId) ?? { registered: 0, waitlisted: 0, checkedIn: 0 };
  return { ...row.event, roomName: row.roomName, ...counts };
}

/** Rooms an event can take (all active rooms; staff may use staff-only rooms). */
export async function eventRoomOptions(werkplaatsId: string) {
  return db
    .select({ id: rooms.id, name: rooms.name, capacity: rooms.capacity })
    .from(rooms)
    .where(and(eq(rooms.werkplaatsId, werkplaatsId), eq(rooms.active, true)))
    .orderBy(asc(rooms.name));
}

/** The edit page: the event, its form values and the rooms to choose from. */
export async function eventEditPage(werkplaatsId: string, eventId: string) {
  const [event, roomOptions] = await Promise.all([getEventForStaff(werkplaatsId, eventId), eventRoomOptions(werkplaatsId)]);
  return { event, values: eventFormValues(event), rooms: roomOptions, image: await eventImageOf(event.id) };
}
