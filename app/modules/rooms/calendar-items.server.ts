import { and, asc, eq, gt, isNull, lt, ne, sql } from "drizzle-orm";
import { events, roomBookings, rooms, users } from "#db/schema";
import { db } from "~/utils/db.server";
import { addDays, isoWeekday } from "~/utils/calendar";
import { TIME_ZONE, zonedToUtc } from "~/utils/zoned-time";
import { activityDays } from "~/utils/activity-days";
import { isStaff, type Actor } from "./bookings.server";
import type { CalendarItem } from "./calendar-item";
import { type RoomDay, roomDay } from "./room-day";

export type { CalendarItem } from "./calendar-item";

/**
 * Calendar items in the visible range: room bookings (of one room or all), events in rooms
 * and online events. Members see when rooms are taken but not by whom; staff see names.
 * Something over several days is one item per day, within its daily hours (`activityDays`).
 */
export async function calendarItems(
  werkplaatsId: string,
  actor: Actor,
  range: { start: Date; end: Date; roomId?: string; eventsOnly?: boolean },
  zone = TIME_ZONE,
): Promise<CalendarItem[]> {
  const { items, instants } = await wholeItems(werkplaatsId, actor, range);
  // Hundreds of items per answer: an item on one day (nearly all) is passed on as it is.
  const out: CalendarItem[] = [];
  items.forEach((item, i) => {
    const [start, end] = instants[i]!;
    const days = activityDays(start, end, zone);
    if (days.length === 1) {
      out.push(item);
      return;
    }
    const all = days.map((d) => ({ start: d.start.toISOString(), end: d.end.toISOString() }));
    for (const d of days)
      if (d.start < range.end && d.end > range.start)
        out.push({ ...item, id: `${item.id}:${d.date}`, start: d.start.toISOString(), end: d.end.toISOString(), days: all });
  });
  return out;
}

async function wholeItems(
  werkplaatsId: string,
  actor: Actor,
  range: { start: Date; end: Date; roomId?: string; eventsOnly?: boolean },
): Promise<{ items: CalendarItem[]; instants: [Date, Date][] }> {
  const staff = isStaff(actor.roles);
  const bookings = await db
    .select({
      id: roomBookings.id,
      kind: roomBookings.kind,
      title: roomBookings.title,
      startsAt: roomBookings.startsAt,
      endsAt: roomBookings.endsAt,
      userId: roomBookings.userId,
      roomId: roomBookings.roomId,
      roomName: rooms.name,
      person: users.name,
      eventId: events.id,
      eventTitle: events.titleNl,
      eventStatus: events.status,
    })
    .from(roomBookings)
    .innerJoin(rooms, eq(rooms.id, roomBookings.roomId))
    .leftJoin(users, eq(users.id, roomBookings.userId))
    .leftJoin(events, eq(events.roomBookingId, roomBookings.id))
    .where(
      and(
        eq(roomBookings.werkplaatsId, werkplaatsId),
        eq(roomBookings.status, "confirmed"),
        // Matches the exclusion constraint's GiST index (room, blocked range) for confirmed rows.
        sql`tstzrange(${roomBookings.blockedFrom}, ${roomBookings.blockedUntil}, '[)') && tstzrange(${range.start.toISOString()}::timestamptz, ${range.end.toISOString()}::timestamptz, '[)')`,
        lt(roomBookings.startsAt, range.end),
        gt(roomBookings.endsAt, range.start),
        range.roomId ? eq(roomBookings.roomId, range.roomId) : undefined,
        range.eventsOnly ? eq(roomBookings.kind, "event") : undefined,
      ),
    )
    .orderBy(asc(roomBookings.startsAt))
    .limit(2000);

  // The instants beside the items, for activityDays: written as text once, never parsed back.
  const instants: [Date, Date][] = bookings.map((b) => [b.startsAt, b.endsAt]);
  // One object literal per item with every key in the answer's order: spreading a shared base
  // into each of 500 items was the largest single cost of the calendar JSON (decision 089).
  const items: CalendarItem[] = bookings.map((b) => {
    let type: CalendarItem["type"];
    let title: string | null = b.title || null;
    let person: string | null = null;
    let href: string | null = null;
    if (b.kind === "event") {
      const visible = staff || b.eventStatus === "published";
      type = visible ? "event" : "taken";
      // A milestone of a trajectory holds an event booking without an agenda event; its title is on the booking.
      title = visible ? (b.eventTitle ?? title) : null;
      href = visible && b.eventId ? (staff ? `/admin/events/${b.eventId}` : `/events/${b.eventId}`) : null;
    } else if (b.kind === "block") {
      type = "block";
      href = staff ? `/bookings/${b.id}` : null;
    } else if (b.userId === actor.id || staff) {
      type = b.userId === actor.id ? "own" : "booking";
      person = b.person;
      href = `/bookings/${b.id}`;
    } else {
      type = "taken";
      title = null;
    }
    return {
      id: b.id,
      start: b.startsAt.toISOString(),
      end: b.endsAt.toISOString(),
      roomId: b.roomId,
      roomName: b.roomName,
      days: null,
      type,
      title,
      person,
      href,
    };
  });

  if (!range.roomId) {
    const online = await db
      .select({ id: events.id, titleNl: events.titleNl, startsAt: events.startsAt, endsAt: events.endsAt, status: events.status })
      .from(events)
      .where(
        and(
          eq(events.werkplaatsId, werkplaatsId),
          isNull(events.roomBookingId),
          staff ? ne(events.status, "cancelled") : eq(events.status, "published"),
          lt(events.startsAt, range.end),
          gt(events.endsAt, range.start),
        ),
      )
      .orderBy(asc(events.startsAt));
    for (const e of online) {
      instants.push([e.startsAt, e.endsAt]);
      items.push({
        id: e.id,
        start: e.startsAt.toISOString(),
        end: e.endsAt.toISOString(),
        type: "event",
        roomId: null,
        roomName: null,
        title: e.titleNl,
        person: null,
        href: staff ? `/admin/events/${e.id}` : `/events/${e.id}`,
        days: null,
      });
    }
  }
  return { items, instants };
}

/**
 * What the calendar page needs: the rooms to choose from; for the list view (keyboard and
 * screen readers) the items of the chosen week from its Monday; for the per-room view one day.
 */
export async function calendarPage(
  werkplaatsId: string,
  actor: Actor,
  options: { roomId?: string; listWeekOf?: string; roomsOn?: string },
  zone = TIME_ZONE,
) {
  const roomList = await db
    .select({
      id: rooms.id,
      name: rooms.name,
      capacity: rooms.capacity,
      bookableBy: rooms.bookableBy,
      openingHours: rooms.openingHours,
    })
    .from(rooms)
    .where(and(eq(rooms.werkplaatsId, werkplaatsId), eq(rooms.active, true)))
    .orderBy(asc(rooms.name));
  const roomId = roomList.some((r) => r.id === options.roomId) ? options.roomId : undefined;
  let list: { monday: string; items: CalendarItem[] } | null = null;
  if (options.listWeekOf) {
    const monday = mondayOf(options.listWeekOf);
    const items = await calendarItems(
      werkplaatsId,
      actor,
      { start: zonedToUtc(monday, "00:00", zone), end: zonedToUtc(addDays(monday, 7), "00:00", zone), roomId },
      zone,
    );
    list = { monday, items };
  }
  let day: RoomDay | null = null;
  if (options.roomsOn) {
    const date = options.roomsOn;
    const range = { start: zonedToUtc(date, "00:00", zone), end: zonedToUtc(addDays(date, 1), "00:00", zone) };
    // Members see the rooms they may book; staff see every room.
    const columns = isStaff(actor.roles) ? roomList : roomList.filter((r) => r.bookableBy === "members");
    day = roomDay(date, columns, await calendarItems(werkplaatsId, actor, range, zone), new Date(), zone);
  }
  const choices = roomList.map(({ openingHours: _, ...room }) => room);
  return { rooms: choices, roomId: roomId ?? null, list, day };
}

function mondayOf(date: string) {
  const weekday = isoWeekday(date);
  return addDays(date, 1 - weekday);
}
