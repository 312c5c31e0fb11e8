import { and, eq, gt, inArray, lt, or, sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { roomBookings, rooms, users, type RoomRow } from "#db/schema";
import { rolesOf } from "~/modules/auth/index.server";
import type { Role } from "~/modules/auth";
import { isLocale } from "~/modules/i18n";
import { enqueueMail } from "~/modules/notifications/index.server";
import { db, pgErrorOf, PG, type Executor } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { conflict, DomainError, forbidden, notFound } from "~/utils/errors";
import { localMonthStart, toLocalParts, zonedToUtc } from "~/utils/zoned-time";
import { includedRoomMinutes } from "~/modules/memberships/index.server";
import { blockedRange, bookingViolation, rangesOverlap } from "./booking-rules";
import type { BookingFormInput } from "./bookings.schema";
import { cancellationEffect, splitAgainstAllowance } from "./ledger";
import { whenText } from "~/utils/when-text";
import { weeklyOccurrences, type Occurrence } from "~/utils/recurrence";
import { getRoom } from "./rooms.server";
import { isUuid } from "~/utils/ids";

export type Actor = { id: string; roles: readonly Role[] };
export const isStaff = (roles: readonly Role[]) => roles.includes("staff") || roles.includes("manager");

type Clash = { date: string; start: string; end: string };
export type BookingResult =
  | { status: "booked"; bookingIds: string[]; skipped: Clash[] }
  | { status: "clashes"; clashes: Clash[]; total: number };

const clashOf = (o: Occurrence): Clash => ({ date: o.date, start: o.start.toISOString(), end: o.end.toISOString() });

/** The hourly rate for whom the booking is for: members pay the member price, the werkplaats' own people nothing. */
async function hourlyRateFor(room: RoomRow, werkplaatsId: string, userId: string | null, kind: string) {
  if (!userId || kind !== "booking") return 0;
  const roles = await rolesOf(userId, werkplaatsId);
  if (isStaff(roles)) return 0;
  return roles.includes("member") ? room.memberHourlyCents : room.guestHourlyCents;
}

/**
 * Bookings of one room are written one at a time. The exclusion constraint alone would still
 * refuse every overlap, but two transactions inserting clashing rows at once each wait for the
 * other's row and PostgreSQL has to break the deadlock (a second later, for every pair). With
 * this lock the second simply finds the first committed and gets its 23P01 at once.
 */
export async function lockRoom(tx: Executor, roomId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`room:${roomId}`}))`);
}

/** Confirmed bookings of a room whose blocked time overlaps [from, until). */
async function bookingsOverlapping(tx: Executor, roomId: string, from: Date, until: Date) {
  return tx
    .select({
      id: roomBookings.id,
      startsAt: roomBookings.startsAt,
      endsAt: roomBookings.endsAt,
      blockedFrom: roomBookings.blockedFrom,
      blockedUntil: roomBookings.blockedUntil,
    })
    .from(roomBookings)
    .where(
      and(
        eq(roomBookings.roomId, roomId),
        eq(roomBookings.status, "confirmed"),
        lt(roomBookings.blockedFrom, until),
        gt(roomBookings.blockedUntil, from),
      ),
    )
    .orderBy(roomBookings.startsAt);
}

/** The 409 a form shows when the room is taken: "Deze ruimte is dan al bezet (10:00–11:00)". */
export async function takenError(room: RoomRow, start: Date, end: Date, field = "startTime"): Promise<DomainError> {
  const { blockedFrom, blockedUntil } = blockedRange(room, start, end);
  const [other] = await bookingsOverlapping(db, room.id, blockedFrom, blockedUntil);
  if (!other) return conflict("bookings.error.takenNow", undefined, field);
  const vars = { from: toLocalParts(other.startsAt).time, until: toLocalParts(other.endsAt).time };
  const touches = other.endsAt <= start || other.startsAt >= end;
  const buffer = room.bufferBeforeMinutes + room.bufferAfterMinutes;
  return touches && buffer > 0
    ? conflict("bookings.error.takenBuffer", { ...vars, buffer }, field)
    : conflict("bookings.error.taken", vars, field);
}

/**
 * Books a room for one slot or a weekly series. Rules are checked first (opening hours,
 * duration, advance window, who may book); the exclusion constraint decides overlaps. A series
 * with clashing weeks is not booked but answered with the clashes, unless `onClash` is "skip".
 * Included hours of the month are used first; the rest is recorded as chargeable.
 */
export async function bookRoom(
  werkplaats: { id: string; name: string },
  actor: Actor,
  input: BookingFormInput,
  now = new Date(),
): Promise<BookingResult> {
  const room = await getRoom(werkplaats.id, input.roomId);
  const staff = isStaff(actor.roles);
  if ((input.kind === "block" || input.forUserId) && !staff) throw forbidden();
  let userId: string | null = input.kind === "block" ? null : (input.forUserId ?? actor.id);
  if (userId && userId !== actor.id && (await rolesOf(userId, werkplaats.id)).length === 0) throw notFound("bookings.error.personUnknown");
  if (input.kind === "block") userId = null;

  const occurrences =
    input.repeat === "none"
      ? [{ date: input.date, start: zonedToUtc(input.date, input.startTime), end: zonedToUtc(input.date, input.endTime) }]
      : weeklyOccurrences({
          ...input,
          weeks: input.repeat === "weeks" ? input.weeks : undefined,
          until: input.repeat === "until" ? input.until : undefined,
        });
  for (const o of occurrences) {
    const violation = bookingViolation(room, { start: o.start, end: o.end, now, asStaff: staff, kind: input.kind });
    if (violation) throw new DomainError(violation.status, violation.key, violation.vars, violation.field);
  }

  const series = occurrences.length > 1;
  const ranges = occurrences.map((o) => ({ o, ...blockedRange(room, o.start, o.end) }));
  let toBook = ranges;
  let skipped: Clash[] = [];
  if (series) {
    const first = ranges[0]!.blockedFrom;
    const last = ranges[ranges.length - 1]!.blockedUntil;
    const existing = await bookingsOverlapping(db, room.id, first, last);
    const clashing = ranges.filter((r) =>
      existing.some((e) => rangesOverlap({ from: r.blockedFrom, until: r.blockedUntil }, { from: e.blockedFrom, until: e.blockedUntil })),
    );
    if (clashing.length > 0 && input.onClash !== "skip") {
      return { status: "clashes", clashes: clashing.map((r) => clashOf(r.o)), total: occurrences.length };
    }
    if (clashing.length === occurrences.length) throw conflict("bookings.error.allClash");
    skipped = clashing.map((r) => clashOf(r.o));
    toBook = ranges.filter((r) => !clashing.includes(r));
  }

  // Allowance and rate are read before the transaction (PGlite runs one transaction at a time).
  const hourlyCents = await hourlyRateFor(room, werkplaats.id, userId, input.kind);
  const months = [...new Set(toBook.map((r) => localMonthStart(r.o.start)))];
  const allowance = new Map<string, number>();
  if (userId && input.kind === "booking") {
    for (const m of months) allowance.set(m, await includedRoomMinutes(werkplaats.id, userId, zonedToUtc(m, "00:00")));
  }
  const seriesId = series ? randomUUID() : null;

  try {
    const result = await db.transaction(async (tx) => {
      await lockRoom(tx, room.id);
      const used = new Map<string, number>();
      if (userId && input.kind === "booking") {
        // One ledger writer per member at a time, so two bookings cannot spend the same hours.
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`room-ledger:${userId}`}))`);
        const rows = await tx
          .select({ month: roomBookings.ledgerMonth, used: sql<number>`coalesce(sum(${roomBookings.includedMinutes}), 0)::int` })
          .from(roomBookings)
          .where(
            and(
              eq(roomBookings.werkplaatsId, werkplaats.id),
              eq(roomBookings.userId, userId),
              inArray(roomBookings.ledgerMonth, months),
              or(eq(roomBookings.status, "confirmed"), eq(roomBookings.cancelledLate, true)),
            ),
          )
          .groupBy(roomBookings.ledgerMonth);
        for (const r of rows) used.set(r.month, r.used);
      }
      const bookingIds: string[] = [];
      const raced: Clash[] = [];
      for (const r of toBook) {
        const month = localMonthStart(r.o.start);
        const minutes = Math.round((r.o.end.getTime() - r.o.start.getTime()) / 60000);
        const split = splitAgainstAllowance({
          minutes,
          allowanceMinutes: allowance.get(month) ?? 0,
          usedMinutes: used.get(month) ?? 0,
          hourlyCents,
        });
        const values = {
          werkplaatsId: werkplaats.id,
          roomId: room.id,
          kind: input.kind,
          userId,
          bookedBy: actor.id,
          title: input.title ?? "",
          startsAt: r.o.start,
          endsAt: r.o.end,
          blockedFrom: r.blockedFrom,
          blockedUntil: r.blockedUntil,
          seriesId,
          ledgerMonth: month,
          minutes,
          includedMinutes: split.includedMinutes,
          hourlyCents,
          chargeableCents: split.chargeableCents,
        };
        const insert = (ex: Executor) => ex.insert(roomBookings).values(values).returning({ id: roomBookings.id });
        let row: { id: string } | undefined;
        if (series && input.onClash === "skip") {
          // Someone may have taken a week since the clash check: skip that week too.
          try {
            row = await tx.transaction(async (sp) => (await insert(sp))[0]);
          } catch (error) {
            if (pgErrorOf(error)?.code !== PG.exclusionViolation) throw error;
            raced.push(clashOf(r.o));
            continue;
          }
        } else {
          row = (await insert(tx))[0];
        }
        used.set(month, (used.get(month) ?? 0) + split.includedMinutes);
        bookingIds.push(row!.id);
      }
      if (bookingIds.length === 0) throw conflict("bookings.error.allClash");
      if (userId)
        await mailBookingConfirmed(
          tx,
          werkplaats,
          room,
          userId,
          toBook.filter((r) => !raced.some((c) => c.start === r.o.start.toISOString())).map((r) => r.o),
          bookingIds[0]!,
        );
      return { bookingIds, raced };
    });
    return { status: "booked", bookingIds: result.bookingIds, skipped: [...skipped, ...result.raced] };
  } catch (error) {
    if (pgErrorOf(error)?.code === PG.exclusionViolation) {
      const first = toBook[0]!.o;
      throw await takenError(room, first.start, first.end);
    }
    throw error;
  }
}

async function recipient(tx: Executor, userId: string) {
  const [u] = await tx.select({ email: users.email, name: users.name, locale: users.locale }).from(users).where(eq(users.id, userId));
  return u ? { ...u, locale: isLocale(u.locale) ? u.locale : ("nl" as const) } : undefined;
}

async function mailBookingConfirmed(
  tx: Executor,
  werkplaats: { id: string; name: string },
  room: RoomRow,
  userId: string,
  occurrences: Occurrence[],
  firstId: string,
) {
  const to = await recipient(tx, userId);
  if (!to || occurrences.length === 0) return;
  const first = occurrences[0]!;
  await enqueueMail(tx, {
    werkplaatsId: werkplaats.id,
    to: to.email,
    locale: to.locale,
    template: occurrences.length > 1 ? "mail.bookingSeries" : "mail.bookingConfirmed",
    vars: {
      name: to.name,
      room: room.name,
      werkplaats: werkplaats.name,
      when: whenText(first.start, first.end, to.locale),
      count: occurrences.length,
      deadline: room.cancelHours,
      link: `${appUrl()}/bookings/${firstId}`,
    },
  });
}

/**
 * Cancels a booking (or the rest of its series). Before the room's deadline the included hours
 * return and nothing is charged; after it the slot is released but the booking stays
 * chargeable. Staff cancelling someone else's booking never makes it late.
 */
export async function cancelBooking(
  werkplaats: { id: string; name: string },
  actor: Actor,
  bookingId: string,
  options: { series?: boolean } = {},
  now = new Date(),
) {
  if (!isUuid(bookingId)) throw notFound("bookings.notFound");
  return db.transaction(async (tx) => {
    const [booking] = await tx
      .select()
      .from(roomBookings)
      .where(and(eq(roomBookings.id, bookingId), eq(roomBookings.werkplaatsId, werkplaats.id)))
      .for("update");
    const staff = isStaff(actor.roles);
    if (!booking || (!staff && booking.userId !== actor.id && booking.bookedBy !== actor.id)) throw notFound("bookings.notFound");
    if (booking.kind === "event") throw conflict("bookings.error.eventBooking");
    if (booking.status !== "confirmed") throw conflict("bookings.error.alreadyCancelled");
    if (booking.endsAt <= now) throw conflict("bookings.error.cancelPast");
    const [room] = await tx.select().from(rooms).where(eq(rooms.id, booking.roomId));
    const targets =
      options.series && booking.seriesId
        ? await tx
            .select()
            .from(roomBookings)
            .where(and(eq(roomBookings.seriesId, booking.seriesId), eq(roomBookings.status, "confirmed"), gt(roomBookings.startsAt, now)))
            .for("update")
        : [booking];
    if (!targets.some((t) => t.id === booking.id) && booking.startsAt > now) targets.unshift(booking);
    let lateCount = 0;
    let chargeableCents = 0;
    for (const t of targets) {
      const { late } = cancellationEffect({
        start: t.startsAt,
        now,
        cancelHours: room!.cancelHours,
        force: staff && t.userId !== actor.id,
      });
      await tx
        .update(roomBookings)
        .set({
          status: "cancelled",
          cancelledAt: now,
          cancelledBy: actor.id,
          cancelledLate: late,
          includedMinutes: late ? t.includedMinutes : 0,
          chargeableCents: late ? t.chargeableCents : 0,
        })
        .where(eq(roomBookings.id, t.id));
      if (late) {
        lateCount++;
        chargeableCents += t.chargeableCents;
      }
    }
    if (booking.userId) {
      const to = await recipient(tx, booking.userId);
      if (to) {
        await enqueueMail(tx, {
          werkplaatsId: werkplaats.id,
          to: to.email,
          locale: to.locale,
          template: lateCount > 0 ? "mail.bookingCancelledLate" : "mail.bookingCancelled",
          vars: {
            name: to.name,
            room: room!.name,
            werkplaats: werkplaats.name,
            when: whenText(booking.startsAt, booking.endsAt, to.locale),
            count: targets.length,
          },
        });
      }
    }
    return { count: targets.length, late: lateCount > 0, chargeableCents };
  });
}
