import { randomBytes } from "node:crypto";
import { and, asc, desc, eq, gte, inArray, isNull, ne } from "drizzle-orm";
import { calendarFeeds, events, registrations, roomBookings, rooms, type EventRow } from "#db/schema";
import { getBooking, type Actor } from "~/modules/rooms/index.server";
import { werkplaatsById } from "~/modules/werkplaats/index.server";
import { db } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { notFound } from "~/utils/errors";
import { translate } from "~/modules/i18n";
import { renderCalendar, type IcsEvent } from "./ical";
import { isUuid } from "~/utils/ids";

type Werkplaats = { id: string; name: string; street: string; city: string; timezone: string };

const host = () => new URL(appUrl()).host;

/**
 * An event as a calendar item. The join link of an online event goes only into a registered
 * attendee's private feed (`attendee`); public feeds and downloads say "online" without it.
 */
function eventToIcs(e: EventRow & { roomName?: string | null }, werkplaats: Werkplaats, attendee = false): IcsEvent {
  const onlineWhere = attendee ? e.onlineUrl : translate("nl", "events.onlineLinkAfter");
  const where = e.onlineUrl ? onlineWhere! : [e.roomName, `${werkplaats.street}, ${werkplaats.city}`].filter(Boolean).join(", ");
  return {
    uid: `event-${e.id}@${host()}`,
    start: e.startsAt,
    end: e.endsAt,
    summary: e.titleNl,
    description: e.descriptionNl,
    location: where,
    url: `${appUrl()}/events/${e.id}`,
    status: e.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
    updatedAt: e.updatedAt,
  };
}

/** The public feed: published (and recently cancelled) events from 30 days ago on. */
export async function publicEventsFeed(werkplaats: Werkplaats) {
  const rows = await db
    .select({ event: events, roomName: rooms.name })
    .from(events)
    .leftJoin(rooms, eq(rooms.id, events.roomId))
    .where(
      and(
        eq(events.werkplaatsId, werkplaats.id),
        inArray(events.status, ["published", "cancelled"]),
        gte(events.endsAt, new Date(Date.now() - 30 * 86400_000)),
      ),
    )
    .orderBy(asc(events.startsAt))
    .limit(500);
  return renderCalendar({
    name: `${werkplaats.name}: agenda`,
    timeZone: werkplaats.timezone,
    refreshMinutes: 60,
    events: rows.map((r) => eventToIcs({ ...r.event, roomName: r.roomName }, werkplaats)),
  });
}

/** One published event as a download. */
export async function eventIcs(werkplaats: Werkplaats, eventId: string) {
  if (!isUuid(eventId)) throw notFound("events.notFound");
  const [row] = await db
    .select({ event: events, roomName: rooms.name })
    .from(events)
    .leftJoin(rooms, eq(rooms.id, events.roomId))
    .where(and(eq(events.id, eventId), eq(events.werkplaatsId, werkplaats.id), ne(events.status, "draft")));
  if (!row) throw notFound("events.notFound");
  return renderCalendar({
    name: row.event.titleNl,
    timeZone: werkplaats.timezone,
    events: [eventToIcs({ ...row.event, roomName: row.roomName }, werkplaats)],
  });
}

function bookingToIcs(
  b: { id: string; startsAt: Date; endsAt: Date; roomName: string; title: string; status: string },
  werkplaats: Werkplaats,
): IcsEvent {
  return {
    uid: `booking-${b.id}@${host()}`,
    start: b.startsAt,
    end: b.endsAt,
    summary: b.title ? `${b.roomName}: ${b.title}` : b.roomName,
    location: `${b.roomName}, ${werkplaats.name}, ${werkplaats.street}, ${werkplaats.city}`,
    url: `${appUrl()}/bookings/${b.id}`,
    status: b.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
  };
}

/** One booking as a download, for its owner or staff. */
export async function bookingIcs(werkplaats: Werkplaats, actor: Actor, bookingId: string) {
  const b = await getBooking(werkplaats.id, actor, bookingId);
  return renderCalendar({ name: b.roomName, timeZone: werkplaats.timezone, events: [bookingToIcs(b, werkplaats)] });
}

/** The user's secret feed address, creating one on first use. */
export async function feedFor(werkplaatsId: string, userId: string) {
  const [feed] = await db
    .select()
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.werkplaatsId, werkplaatsId), eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)))
    .orderBy(desc(calendarFeeds.createdAt))
    .limit(1);
  return feed ? { url: `${appUrl()}/ical/${feed.token}.ics`, createdAt: feed.createdAt } : null;
}

/** Makes a new secret address; the old one stops working at once. */
export async function renewFeed(werkplaatsId: string, userId: string) {
  const token = randomBytes(24).toString("base64url");
  await db.transaction(async (tx) => {
    await tx
      .update(calendarFeeds)
      .set({ revokedAt: new Date() })
      .where(and(eq(calendarFeeds.werkplaatsId, werkplaatsId), eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)));
    await tx.insert(calendarFeeds).values({ werkplaatsId, userId, token });
  });
  return `${appUrl()}/ical/${token}.ics`;
}

async function revokeFeed(werkplaatsId: string, userId: string) {
  await db
    .update(calendarFeeds)
    .set({ revokedAt: new Date() })
    .where(and(eq(calendarFeeds.werkplaatsId, werkplaatsId), eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)));
}

/** A private feed by its token: the user's bookings and the events they registered for. */
export async function privateFeed(token: string) {
  const [feed] = await db
    .select()
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.token, token), isNull(calendarFeeds.revokedAt)));
  if (!feed) throw notFound();
  const werkplaats = await werkplaatsById(feed.werkplaatsId);
  if (!werkplaats) throw notFound();
  const since = new Date(Date.now() - 60 * 86400_000);
  const [bookings, regs] = await Promise.all([
    db
      .select({
        id: roomBookings.id,
        startsAt: roomBookings.startsAt,
        endsAt: roomBookings.endsAt,
        roomName: rooms.name,
        title: roomBookings.title,
        status: roomBookings.status,
      })
      .from(roomBookings)
      .innerJoin(rooms, eq(rooms.id, roomBookings.roomId))
      .where(and(eq(roomBookings.werkplaatsId, feed.werkplaatsId), eq(roomBookings.userId, feed.userId), gte(roomBookings.endsAt, since)))
      .orderBy(asc(roomBookings.startsAt))
      .limit(1000),
    db
      .select({ event: events, roomName: rooms.name, status: registrations.status })
      .from(registrations)
      .innerJoin(events, eq(events.id, registrations.eventId))
      .leftJoin(rooms, eq(rooms.id, events.roomId))
      .where(and(eq(registrations.userId, feed.userId), eq(registrations.werkplaatsId, feed.werkplaatsId), gte(events.endsAt, since)))
      .limit(500),
  ]);
  const items = [
    ...bookings.map((b) => bookingToIcs(b, werkplaats)),
    ...regs.map((r) => {
      const ics = eventToIcs({ ...r.event, roomName: r.roomName }, werkplaats, r.status === "registered");
      if (r.status === "cancelled") ics.status = "CANCELLED";
      else if (r.status === "waitlisted") ics.status = "TENTATIVE";
      return { ...ics, uid: `registration-${r.event.id}-${feed.userId}@${host()}` };
    }),
  ];
  return renderCalendar({ name: `${werkplaats.name}: mijn agenda`, timeZone: werkplaats.timezone, refreshMinutes: 30, events: items });
}

/** Makes a new feed address (the old one stops) or switches the feed off. */
export async function feedAction(werkplaatsId: string, userId: string, intent: "renew" | "revoke") {
  if (intent === "renew") await renewFeed(werkplaatsId, userId);
  else await revokeFeed(werkplaatsId, userId);
}
