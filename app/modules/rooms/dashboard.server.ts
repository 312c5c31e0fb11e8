import { and, asc, eq, gte, lt, ne, sql } from "drizzle-orm";
import { events, registrations, roomBookings, rooms } from "#db/schema";
import type { Role } from "~/modules/auth";
import { db } from "~/utils/db.server";
import { addDays } from "~/utils/calendar";
import { todayIn, zonedToUtc } from "~/utils/zoned-time";
import { monthLedger } from "./booking-queries.server";

/** Start-page sections for rooms and events: your next bookings, what is on, and counts for staff. */
export async function roomsAndEventsDashboard(werkplaatsId: string, userId: string, roles: readonly Role[], now = new Date()) {
  const books = roles.some((r) => r === "member" || r === "staff" || r === "manager");
  const staff = roles.includes("staff") || roles.includes("manager");
  const today = todayIn(now);
  const [myBookings, ledger, nextEvents, counts] = await Promise.all([
    books
      ? db
          .select({
            id: roomBookings.id,
            startsAt: roomBookings.startsAt,
            endsAt: roomBookings.endsAt,
            roomName: rooms.name,
            title: roomBookings.title,
          })
          .from(roomBookings)
          .innerJoin(rooms, eq(rooms.id, roomBookings.roomId))
          .where(
            and(
              eq(roomBookings.werkplaatsId, werkplaatsId),
              eq(roomBookings.userId, userId),
              eq(roomBookings.status, "confirmed"),
              gte(roomBookings.endsAt, now),
            ),
          )
          .orderBy(asc(roomBookings.startsAt))
          .limit(3)
      : Promise.resolve([]),
    books ? monthLedger(werkplaatsId, userId, now) : Promise.resolve(null),
    db
      .select({
        id: events.id,
        titleNl: events.titleNl,
        titleEn: events.titleEn,
        startsAt: events.startsAt,
        capacity: events.capacity,
        registered: sql<number>`(count(${registrations.id}) filter (where ${registrations.status} = 'registered'))::int`,
      })
      .from(events)
      .leftJoin(registrations, eq(registrations.eventId, events.id))
      .where(and(eq(events.werkplaatsId, werkplaatsId), eq(events.status, "published"), gte(events.endsAt, now)))
      .groupBy(events.id)
      .orderBy(asc(events.startsAt))
      .limit(4),
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
  return { books, staff, myBookings, ledger, nextEvents, counts: counts?.[0] ?? null };
}
