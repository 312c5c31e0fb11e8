import { and, asc, desc, eq, gt, gte, lt, ne, or, sql } from "drizzle-orm";
import { roomBookings, rooms, users } from "#db/schema";
import { db } from "~/utils/db.server";
import { notFound } from "~/utils/errors";
import { localMonthStart, zonedToUtc } from "~/utils/zoned-time";
import { includedRoomMinutes, includedRoomMinutesExpression } from "~/modules/memberships/index.server";
import { batchedValue } from "~/utils/batched-values.server";
import { jsonList } from "~/utils/sql";
import { cancellationDeadline } from "./booking-rules";
import { isStaff, type Actor } from "./bookings.server";
import { type LedgerEntry, settleMonth } from "./ledger";
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
  ledgerMonth: roomBookings.ledgerMonth,
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
  const [settled] = await withSettledCharges(werkplaatsId, [row]);
  return { ...settled!, deadline: cancellationDeadline(row.startsAt, row.cancelHours), seriesOthers };
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
  return { upcoming: await withSettledCharges(werkplaatsId, upcoming), past: await withSettledCharges(werkplaatsId, past) };
}

/** Bookings that count in a member's hours ledger: confirmed ones and late cancellations. */
const inLedger = and(eq(roomBookings.kind, "booking"), or(eq(roomBookings.status, "confirmed"), eq(roomBookings.cancelledLate, true)));

/** In the order the allowance is used: the order they were made (a series in date order). */
const ledgerOrder = [asc(roomBookings.createdAt), asc(roomBookings.startsAt), asc(roomBookings.id)] as const;

const allowanceOf = (werkplaatsId: string, userId: string, month: string) =>
  includedRoomMinutes(werkplaatsId, userId, zonedToUtc(month, "00:00"));

/** What a ledger entry reads of a booking (besides whether it was billed). */
const ledgerColumns = {
  id: roomBookings.id,
  minutes: roomBookings.minutes,
  includedMinutes: roomBookings.includedMinutes,
  hourlyCents: roomBookings.hourlyCents,
  chargeableCents: roomBookings.chargeableCents,
};

/** The bookings of one member's month that count in the ledger. */
const inMonthLedger = (werkplaatsId: string, userId: string, month: string) =>
  and(eq(roomBookings.werkplaatsId, werkplaatsId), eq(roomBookings.userId, userId), eq(roomBookings.ledgerMonth, month), inLedger);

/** One member's month, settled: every booking's included minutes and charge, and the totals. */
async function settledMonth(werkplaatsId: string, userId: string, month: string) {
  const [allowance, rows] = await Promise.all([
    allowanceOf(werkplaatsId, userId, month),
    db
      .select({ ...ledgerColumns, billedAt: roomBookings.billedAt })
      .from(roomBookings)
      .where(inMonthLedger(werkplaatsId, userId, month))
      .orderBy(...ledgerOrder),
  ]);
  return settleMonth(
    allowance,
    rows.map((r) => ({ ...r, billed: r.billedAt !== null })),
  );
}

/**
 * The member's hours ledger for the month `instant` falls in, as `settledMonth` gives it. Its two
 * questions (the plan's hours and the month's bookings) join the start page's shared statement
 * (`batchedValue`, decision 091): on PGlite each statement costs a fixed turn.
 */
export async function monthLedger(werkplaatsId: string, userId: string, instant = new Date()) {
  const month = localMonthStart(instant);
  // The same rows and fields as settledMonth's, as one JSON value (keys are the fields' own names).
  const fields = Object.entries(ledgerColumns).map(([key, column]) => sql`${sql.raw(`'${key}'`)}, ${column}`);
  const entries = sql`(
    select coalesce(json_agg(json_build_object(${sql.join(fields, sql`, `)}, 'billed', ${roomBookings.billedAt} is not null)
      order by ${sql.join([...ledgerOrder], sql`, `)}), '[]'::json)
    from ${roomBookings}
    where ${inMonthLedger(werkplaatsId, userId, month)}
  )`;
  const [allowance, rows] = await Promise.all([
    batchedValue(includedRoomMinutesExpression(werkplaatsId, userId, zonedToUtc(month, "00:00"))),
    batchedValue(entries),
  ]);
  return { month, ...settleMonth(Number(allowance ?? 0), jsonList<LedgerEntry>(rows)).summary };
}

type Charged = { id: string; kind: string; userId: string | null; includedMinutes: number; chargeableCents: number };

/** Bookings with the included minutes and charge of their settled month, not the quote stored when booked. */
async function withSettledCharges<T extends Charged & { ledgerMonth: string }>(werkplaatsId: string, rows: T[]): Promise<T[]> {
  const months = new Map<string, Awaited<ReturnType<typeof settledMonth>>>();
  for (const r of rows) {
    const key = `${r.userId}|${r.ledgerMonth}`;
    if (r.kind !== "booking" || !r.userId || months.has(key)) continue;
    months.set(key, await settledMonth(werkplaatsId, r.userId, r.ledgerMonth));
  }
  const byId = new Map([...months.values()].flatMap((m) => m.entries.map((e) => [e.id, e] as const)));
  return rows.map((r) => {
    const e = byId.get(r.id);
    return e ? { ...r, includedMinutes: e.includedMinutes, chargeableCents: e.chargeableCents } : r;
  });
}

/**
 * What billing picks up: chargeable room use of a month not yet on an invoice (confirmed
 * bookings and late cancellations), one row per booking, charged as its settled month says,
 * the same figures the member sees on their bookings page.
 */
export async function chargeableRoomUsage(werkplaatsId: string, month: string) {
  const rows = await db
    .select({ ...columns, billedAt: roomBookings.billedAt })
    .from(roomBookings)
    .innerJoin(rooms, eq(rooms.id, roomBookings.roomId))
    .leftJoin(users, eq(users.id, roomBookings.userId))
    .where(and(eq(roomBookings.werkplaatsId, werkplaatsId), eq(roomBookings.ledgerMonth, month), inLedger))
    .orderBy(...ledgerOrder);
  const byUser = new Map<string, typeof rows>();
  for (const r of rows) byUser.set(r.userId ?? "", [...(byUser.get(r.userId ?? "") ?? []), r]);
  const settled = [];
  for (const [userId, own] of byUser) {
    const entries = own.map((r) => ({ ...r, billed: r.billedAt !== null }));
    settled.push(...(userId ? settleMonth(await allowanceOf(werkplaatsId, userId, month), entries).entries : entries));
  }
  return settled
    .filter((r) => !r.billed && r.chargeableCents > 0)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .map(({ billed: _billed, billedAt: _billedAt, ...r }) => r);
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
