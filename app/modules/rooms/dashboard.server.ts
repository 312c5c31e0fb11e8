import { and, eq, gte, lt, ne, sql } from "drizzle-orm";
import { events, registrations, roomBookings, rooms } from "#db/schema";
import type { Role } from "~/modules/auth";
import { db } from "~/utils/db.server";
import { batchedValue } from "~/utils/batched-values.server";
import { jsonList } from "~/utils/sql";
import { addDays } from "~/utils/calendar";
import { todayIn, zonedToUtc } from "~/utils/zoned-time";
import { monthLedger } from "./booking-queries.server";

/** Start-page sections for rooms and events: your next bookings, what is on, and counts for staff. */
export async function roomsAndEventsDashboard(werkplaatsId: string, userId: string, roles: readonly Role[], now = new Date()) {
  const books = roles.some((r) => r === "member" || r === "staff" || r === "manager");
  const staff = roles.includes("staff") || roles.includes("manager");
  const today = todayIn(now);
  const [lists, ledger, counts] = await Promise.all([
    bookingsAndEvents(werkplaatsId, userId, books, now),
    books ? monthLedger(werkplaatsId, userId, now) : Promise.resolve(null),
    staff
      ? db
          .select({
            today: sql<number>`count(*) filter (where ${roomBookings.startsAt} < ${zonedToUtc(addDays(today, 1), "00:00").toISOString()}::timestamptz)::int`,
            week: sql<number>`count(*)::int`,
          })
          .from(roomBookings)
          .where(
            and(
              eq(roomBookings.werkplaatsId, werkplaatsId),
              eq(roomBookings.status, "confirmed"),
              ne(roomBookings.kind, "event"),
              gte(roomBookings.startsAt, zonedToUtc(today, "00:00")),
              lt(roomBookings.startsAt, zonedToUtc(addDays(today, 7), "00:00")),
            ),
          )
      : Promise.resolve(null),
  ]);
  return { books, staff, ...lists, ledger, counts: counts?.[0] ?? null };
}

type BookingRow = { id: string; startsAt: string; endsAt: string; roomName: string; title: string };
type EventRow = { id: string; titleNl: string; titleEn: string | null; startsAt: string; capacity: number; registered: number };

/**
 * The member's next three room bookings and the next four published events: two json subqueries
 * in the start page's one shared statement (`batchedValue`), beside presence's: on PGlite the
 * start page's statements queue, each at a fixed cost.
 */
async function bookingsAndEvents(werkplaatsId: string, userId: string, books: boolean, now: Date) {
  const at = now.toISOString();
  const mine = books
    ? sql`(
        select coalesce(json_agg(json_build_object('id', b.id, 'startsAt', b.starts_at, 'endsAt', b.ends_at,
          'roomName', b.room_name, 'title', b.title) order by b.starts_at), '[]'::json)
        from (
          select rb.id, rb.starts_at, rb.ends_at, r.name as room_name, rb.title
          from ${roomBookings} rb join ${rooms} r on r.id = rb.room_id
          where rb.werkplaats_id = ${werkplaatsId} and rb.user_id = ${userId} and rb.status = 'confirmed'
            and rb.ends_at >= ${at}::timestamptz
          order by rb.starts_at
          limit 3
        ) b
      )`
    : sql`'[]'::json`;
  const coming = sql`(
    select coalesce(json_agg(json_build_object('id', e.id, 'titleNl', e.title_nl, 'titleEn', e.title_en,
      'startsAt', e.starts_at, 'capacity', e.capacity, 'registered', e.registered) order by e.starts_at), '[]'::json)
    from (
      select ev.id, ev.title_nl, ev.title_en, ev.starts_at, ev.capacity,
        (select count(*) from ${registrations} reg where reg.event_id = ev.id and reg.status = 'registered')::int as registered
      from ${events} ev
      where ev.werkplaats_id = ${werkplaatsId} and ev.status = 'published' and ev.ends_at >= ${at}::timestamptz
      order by ev.starts_at
      limit 4
    ) e
  )`;
  const [mineValue, comingValue] = await Promise.all([batchedValue(mine), batchedValue(coming)]);
  return {
    myBookings: jsonList<BookingRow>(mineValue).map((b) => ({ ...b, startsAt: new Date(b.startsAt), endsAt: new Date(b.endsAt) })),
    nextEvents: jsonList<EventRow>(comingValue).map((e) => ({ ...e, startsAt: new Date(e.startsAt) })),
  };
}
