import { and, asc, desc, eq, gt, gte, isNull, lt, ne, or, sql } from "drizzle-orm";
import { roomBookings, rooms, users } from "#db/schema";
import { db } from "~/utils/db.server";
import { notFound } from "~/utils/errors";
import { localMonthStart, zonedToUtc } from "~/utils/zoned-time";
import { includedRoomMinutes } from "~/modules/memberships/index.server";
import { cancellationDeadline } from "./booking-rules";
import { isStaff, type Actor } from "./bookings.server";
import { monthSummary } from "./ledger";
import { isUuid } from "~/utils/ids";

const columns = {
  id: roomBookings.id,
  kind: roomBookings.kind,
  title: roomBookings.title,
  startsAt: roomBookings.startsAt,
  endsAt: roomBookings.endsAt,
  status: roomBookings.status,
  seriesId: roomBookings.seriesId,
  minutes: roomBookings.minutes,
  includedMinutes: roomBookings.includedMinutes,
  hourlyCents: roomBookings.hourlyCents,
  chargeableCents: roomBookings.chargeableCents,
  cancelledLate: roomBookings.cancelledLate,
  cancelledAt: roomBookings.cancelledAt,
  userId: roomBookings.userId,
  bookedBy: roomBookings.bookedBy,
  roomId: roomBookings.roomId,
  roomName: rooms.name,
  cancelHours: rooms.cancelHours,
  userName: users.name,
};

/** A booking its owner (or staff) may see, with its room and cancellation deadline. */
export async function getBooking(werkplaatsId: string, actor: Actor, bookingId: string) {
  if (!isUuid(bookingId)) throw notFound("bookings.notFound");
  const [row] = await db
    .select(columns)
    .from(roomBookings)
    .innerJoin(rooms, eq(rooms.id, roomBookings.roomId))
    .leftJoin(users, eq(users.id, roomBookings.userId))
    .where(and(eq(roomBookings.id, bookingId), eq(roomBookings.werkplaatsId, werkplaatsId)));
  if (!row || (!isStaff(actor.roles) && row.userId !== actor.id && row.bookedBy !== actor.id)) throw notFound("bookings.notFound");
  // The other coming occurrences: what "also cancel the rest of the series" would cancel besides this one.
  const seriesOthers = row.seriesId
    ? ((
        await db
          .select({ n: sql<number>`count(*)::int` })
          .from(roomBookings)
          .where(
            and(
              eq(roomBookings.seriesId, row.seriesId),
              ne(roomBookings.id, row.id),
              eq(roomBookings.status, "confirmed"),
              gt(roomBookings.startsAt, new Date()),
            ),
          )
      )[0]?.n ?? 0)
    : 0;
  return { ...row, deadline: cancellationDeadline(row.startsAt, row.cancelHours), seriesOthers };
}

/**
 * A person's bookings: coming ones (and today's), then the last 60 days. Staff asking for
 * `everyone` get all bookings of the werkplaats in the coming weeks.
 */
async function listBookings(werkplaatsId: string, actor: Actor, options: { everyone?: boolean } = {}, now = new Date()) {
  const all = options.everyone && isStaff(actor.roles);
  const mine = all ? undefined : eq(roomBookings.userId, actor.id);
  const upcoming = await db
    .select(columns)
    .from(roomBookings)
    .innerJoin(rooms, eq(rooms.id, roomBookings.roomId))
    .leftJoin(users, eq(users.id, roomBookings.userId))
    .where(and(eq(roomBookings.werkplaatsId, werkplaatsId), mine, gte(roomBookings.endsAt, now), eq(roomBookings.status, "confirmed")))
    .orderBy(asc(roomBookings.startsAt))
    .limit(all ? 200 : 100);
  const past = all
    ? []
    : await db
        .select(columns)
        .from(roomBookings)
        .innerJoin(rooms, eq(rooms.id, roomBookings.roomId))
        .leftJoin(users, eq(users.id, roomBookings.userId))
        .where(
          and(
            eq(roomBookings.werkplaatsId, werkplaatsId),
            mine,
            gt(roomBookings.startsAt, new Date(now.getTime() - 60 * 86400_000)),
            or(lt(roomBookings.endsAt, now), eq(roomBookings.status, "cancelled")),
          ),
        )
        .orderBy(desc(roomBookings.startsAt))
        .limit(50);
  return { upcoming, past };
}

/** The member's hours ledger for the month `instant` falls in. */
export async function monthLedger(werkplaatsId: string, userId: string, instant = new Date()) {
  const month = localMonthStart(instant);
  const [allowance, rows] = await Promise.all([
    includedRoomMinutes(werkplaatsId, userId, zonedToUtc(month, "00:00")),
    db
      .select({
        minutes: roomBookings.minutes,
        includedMinutes: roomBookings.includedMinutes,
        chargeableCents: roomBookings.chargeableCents,
      })
      .from(roomBookings)
      .where(
        and(
          eq(roomBookings.werkplaatsId, werkplaatsId),
          eq(roomBookings.userId, userId),
          eq(roomBookings.ledgerMonth, month),
          eq(roomBookings.kind, "booking"),
          or(eq(roomBookings.status, "confirmed"), eq(roomBookings.cancelledLate, true)),
        ),
      ),
  ]);
  return { month, ...monthSummary(allowance, rows) };
}

/**
 * What billing picks up: chargeable room use of a month not yet on an invoice (confirmed
 * bookings and late cancellations), one row per booking.
 */
export async function chargeableRoomUsage(werkplaatsId: string, month: string) {
  return db
    .select({ ...columns })
    .from(roomBookings)
    .innerJoin(rooms, eq(rooms.id, roomBookings.roomId))
    .leftJoin(users, eq(users.id, roomBookings.userId))
    .where(
      and(
        eq(roomBookings.werkplaatsId, werkplaatsId),
        eq(roomBookings.ledgerMonth, month),
        gt(roomBookings.chargeableCents, 0),
        isNull(roomBookings.billedAt),
        or(eq(roomBookings.status, "confirmed"), eq(roomBookings.cancelledLate, true)),
      ),
    )
    .orderBy(asc(roomBookings.startsAt));
}

/**
 * The "my bookings" page: coming and past bookings and this month's hours. Staff book without
 * charge and have no allowance, so they get no hours ledger (null).
 */
export async function bookingsPage(werkplaatsId: string, actor: Actor, options: { everyone?: boolean } = {}) {
  const [lists, ledger] = await Promise.all([
    listBookings(werkplaatsId, actor, options),
    isStaff(actor.roles) ? null : monthLedger(werkplaatsId, actor.id),
  ]);
  return { ...lists, ledger };
}
