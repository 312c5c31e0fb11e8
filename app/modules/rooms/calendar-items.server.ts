import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import { events, roomBookings, rooms, users } from "#db/schema";
import { db } from "~/utils/db.server";
import { jsonList } from "~/utils/sql";
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
  const rows = await calendarRows(werkplaatsId, actor, range, zone);
  // Hundreds of items per answer: an item on one local day (nearly all) is passed on as it is.
  const out: CalendarItem[] = [];
  for (const { item, multiDay } of rows) {
    const days = multiDay ? activityDays(new Date(item.start), new Date(item.end), zone) : null;
    if (!days || days.length === 1) {
      out.push(item);
      continue;
    }
    const all = days.map((d) => ({ start: d.start.toISOString(), end: d.end.toISOString() }));
    for (const d of days)
      if (d.start < range.end && d.end > range.start)
        out.push({ ...item, id: `${item.id}:${d.date}`, start: d.start.toISOString(), end: d.end.toISOString(), days: all });
  }
  return out;
}

/** An instant as JavaScript's `toISOString` writes it, written by the database. */
const iso = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

type BookingRow = {
  id: string;
  kind: string;
  title: string | null;
  start: string;
  end: string;
  multiDay: boolean;
  userId: string | null;
  roomId: string;
  roomName: string;
  person: string | null;
  eventId: string | null;
  eventTitle: string | null;
  eventStatus: string | null;
};
type OnlineRow = { id: string; titleNl: string; start: string; end: string; multiDay: boolean };

/**
 * The range's room bookings (with their room, person and event) and online events, in ONE
 * statement that hands each list back as one json value, instants already written as text and
 * whether they end on another local day: the calendar JSON asks for hundreds of items at a time,
 * and a Date per instant, parsed and written back per request, was most of its cost (decision 085).
 */
async function calendarRows(
  werkplaatsId: string,
  actor: Actor,
  range: { start: Date; end: Date; roomId?: string; eventsOnly?: boolean },
  zone: string,
): Promise<{ item: CalendarItem; multiDay: boolean }[]> {
  const staff = isStaff(actor.roles);
  const from = range.start.toISOString();
  const until = range.end.toISOString();
  const otherDay = (start: SQL, end: SQL) => sql`(${start} at time zone ${zone})::date <> (${end} at time zone ${zone})::date`;
  const bookings = sql`(
    select coalesce(json_agg(json_build_object('id', b.id, 'kind', b.kind, 'title', b.title,
      'start', ${iso(sql`b.starts_at`)}, 'end', ${iso(sql`b.ends_at`)}, 'multiDay', ${otherDay(sql`b.starts_at`, sql`b.ends_at`)},
      'userId', b.user_id, 'roomId', b.room_id, 'roomName', b.room_name, 'person', b.person,
      'eventId', b.event_id, 'eventTitle', b.event_title, 'eventStatus', b.event_status) order by b.starts_at), '[]'::json)
    from (
      select rb.id, rb.kind, rb.title, rb.starts_at, rb.ends_at, rb.user_id, rb.room_id, r.name as room_name,
        u.name as person, e.id as event_id, e.title_nl as event_title, e.status as event_status
      from ${roomBookings} rb
        join ${rooms} r on r.id = rb.room_id
        left join ${users} u on u.id = rb.user_id
        left join ${events} e on e.room_booking_id = rb.id
      where rb.werkplaats_id = ${werkplaatsId} and rb.status = 'confirmed'
        -- Matches the exclusion constraint's GiST index (room, blocked range) for confirmed rows.
        and tstzrange(rb.blocked_from, rb.blocked_until, '[)') && tstzrange(${from}::timestamptz, ${until}::timestamptz, '[)')
        and rb.starts_at < ${until}::timestamptz and rb.ends_at > ${from}::timestamptz
        ${range.roomId ? sql`and rb.room_id = ${range.roomId}` : sql``}
        ${range.eventsOnly ? sql`and rb.kind = 'event'` : sql``}
      order by rb.starts_at
      limit 2000
    ) b
  )`;
  const online = range.roomId
    ? sql`'[]'::json`
    : sql`(
    select coalesce(json_agg(json_build_object('id', ev.id, 'titleNl', ev.title_nl,
      'start', ${iso(sql`ev.starts_at`)}, 'end', ${iso(sql`ev.ends_at`)}, 'multiDay', ${otherDay(sql`ev.starts_at`, sql`ev.ends_at`)})
      order by ev.starts_at), '[]'::json)
    from ${events} ev
    where ev.werkplaats_id = ${werkplaatsId} and ev.room_booking_id is null
      and ${staff ? sql`ev.status <> 'cancelled'` : sql`ev.status = 'published'`}
      and ev.starts_at < ${until}::timestamptz and ev.ends_at > ${from}::timestamptz
  )`;
  const [row] = await db.select({ bookings, online }).from(sql`(select 1) as one`);
  const shaped = jsonList<BookingRow>(row?.bookings).map((b) => ({ item: bookingItem(b, actor, staff), multiDay: b.multiDay }));
  for (const e of jsonList<OnlineRow>(row?.online))
    shaped.push({
      item: {
        id: e.id,
        start: e.start,
        end: e.end,
        type: "event",
        roomId: null,
        roomName: null,
        title: e.titleNl,
        person: null,
        href: staff ? `/admin/events/${e.id}` : `/events/${e.id}`,
        days: null,
      },
      multiDay: e.multiDay,
    });
  return shaped;
}

/** What the viewer may see of one booking: members see that a room is taken, not by whom. */
function bookingItem(b: BookingRow, actor: Actor, staff: boolean): CalendarItem {
  const base = { id: b.id, start: b.start, end: b.end, roomId: b.roomId, roomName: b.roomName, days: null };
  if (b.kind === "event") {
    const visible = staff || b.eventStatus === "published";
    return {
      ...base,
      type: visible ? "event" : "taken",
      // A milestone of a trajectory holds an event booking without an agenda event; its title is on the booking.
      title: visible ? (b.eventTitle ?? (b.title || null)) : null,
      person: null,
      href: visible && b.eventId ? (staff ? `/admin/events/${b.eventId}` : `/events/${b.eventId}`) : null,
    };
  }
  if (b.kind === "block") return { ...base, type: "block", title: b.title || null, person: null, href: staff ? `/bookings/${b.id}` : null };
  if (b.userId === actor.id) return { ...base, type: "own", title: b.title || null, person: b.person, href: `/bookings/${b.id}` };
  if (staff) return { ...base, type: "booking", title: b.title || null, person: b.person, href: `/bookings/${b.id}` };
  return { ...base, type: "taken", title: null, person: null, href: null };
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
