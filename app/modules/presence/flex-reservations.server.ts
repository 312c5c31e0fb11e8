import { and, asc, count, desc, eq, gte, lt, lte, sql } from "drizzle-orm";
import { areas, flexReservations, memberships } from "#db/schema";
import { planName, usesFlexSpots } from "~/modules/plans";
import { stripBalance } from "~/modules/memberships";
import { lockMembership, membershipsInForceOn, planOn } from "~/modules/memberships/index.server";
import type { Locale } from "~/modules/i18n";
import type { IsoDate } from "~/utils/calendar";
import { todayIn } from "~/utils/zoned-time";
import { db, pgErrorOf, PG, type Executor } from "~/utils/db.server";
import { conflict, DomainError, invalid, notFound } from "~/utils/errors";
import { lockAreaWithSpace } from "~/modules/desks/index.server";
import { canCancel, reservableDayProblem, weekBounds, withinWeeklyLimit } from "~/modules/desks";

/**
 * The membership that lets the person use a flex spot on the day (flex plan or strippenkaart),
 * locked, so one member's reservations are checked one at a time (weekly limit, strips left).
 */
async function lockFlexMembership(tx: Executor, werkplaatsId: string, userId: string, day: IsoDate) {
  for (const candidate of await membershipsInForceOn(tx, werkplaatsId, userId, day)) {
    const plan = await planOn(tx, candidate.id, day);
    if (!usesFlexSpots(plan.kind)) continue;
    const m = await lockMembership(tx, werkplaatsId, candidate.id);
    // Re-check under the lock: a cancellation may have committed in between.
    if (m.status !== "active" || (m.endDate && m.endDate < day)) continue;
    return { membership: m, plan };
  }
  throw new DomainError(403, "reservation.errors.noFlexPlan");
}

async function daysReserved(tx: Executor, membershipId: string, from?: IsoDate, to?: IsoDate) {
  const rows = await tx
    .select({ day: flexReservations.day })
    .from(flexReservations)
    .where(
      and(
        eq(flexReservations.membershipId, membershipId),
        eq(flexReservations.status, "reserved"),
        from ? gte(flexReservations.day, from) : undefined,
        to ? lte(flexReservations.day, to) : undefined,
      ),
    );
  return rows.map((r) => r.day);
}

/**
 * Reserves a flex spot for a member on a day, in the chosen area (or any with space). Enforces, in
 * one transaction: the booking window, the plan's access days per week, the strippenkaart's days
 * left, one spot per person per day, and the area's capacity (row lock, see capacity.server.ts).
 */
export async function reserveFlexSpot(
  werkplaatsId: string,
  userId: string,
  input: { day: IsoDate; areaId?: string },
  now = new Date(),
  outer?: Executor,
) {
  const problem = reservableDayProblem(input.day, todayIn(now));
  if (problem) throw invalid(`reservation.errors.${problem}`, undefined, "day");
  const work = async (tx: Executor) => {
    const { membership, plan } = await lockFlexMembership(tx, werkplaatsId, userId, input.day);
    if (plan.accessDaysPerWeek !== null) {
      const week = weekBounds(input.day);
      const reserved = await daysReserved(tx, membership.id, week.start, week.end);
      if (reserved.includes(input.day)) throw conflict("reservation.errors.alreadyReserved", undefined, "day");
      if (!withinWeeklyLimit(plan.accessDaysPerWeek, reserved, input.day)) {
        throw conflict("reservation.errors.weekLimit", { days: plan.accessDaysPerWeek }, "day");
      }
    }
    if (plan.kind === "strippenkaart" && stripBalance(plan.stripDays ?? 0, (await daysReserved(tx, membership.id)).length) === 0) {
      throw conflict("reservation.errors.noStripsLeft", { days: plan.stripDays ?? 0 });
    }
    const area = await lockAreaWithSpace(tx, werkplaatsId, input.day, input.areaId, now);
    try {
      const [row] = await tx
        .insert(flexReservations)
        .values({ werkplaatsId, areaId: area.id, day: input.day, userId, membershipId: membership.id })
        .returning();
      return { ...row!, areaName: area.name };
    } catch (error) {
      if (pgErrorOf(error)?.code === PG.uniqueViolation) throw conflict("reservation.errors.alreadyReserved", undefined, "day");
      throw error;
    }
  };
  return outer ? work(outer) : db.transaction(work);
}

/** The member cancels their own reservation, until 09:00 on the day. A strippenkaart gets its day back. */
export async function cancelReservation(werkplaatsId: string, userId: string, reservationId: string, now = new Date()) {
  const [row] = await db
    .select({ id: flexReservations.id, day: flexReservations.day, status: flexReservations.status })
    .from(flexReservations)
    .where(
      and(eq(flexReservations.id, reservationId), eq(flexReservations.werkplaatsId, werkplaatsId), eq(flexReservations.userId, userId)),
    );
  if (!row) throw notFound("reservation.errors.notFound");
  if (row.status !== "reserved") throw conflict("reservation.errors.alreadyCancelled");
  if (!canCancel(row.day, now)) throw conflict("reservation.errors.tooLate");
  const [updated] = await db
    .update(flexReservations)
    .set({ status: "cancelled", cancelledAt: sql`now()`, cancelledBy: userId })
    .where(and(eq(flexReservations.id, reservationId), eq(flexReservations.status, "reserved")))
    .returning({ day: flexReservations.day });
  if (!updated) throw conflict("reservation.errors.alreadyCancelled");
  return updated.day;
}

/** A member's reservations from today on, and the last few before. */
export async function myReservations(werkplaatsId: string, userId: string, today = todayIn()) {
  const columns = {
    id: flexReservations.id,
    day: flexReservations.day,
    area: areas.name,
    status: flexReservations.status,
    viaDayPass: sql<boolean>`${flexReservations.dayPassId} is not null`,
  };
  const mine = and(
    eq(flexReservations.werkplaatsId, werkplaatsId),
    eq(flexReservations.userId, userId),
    eq(flexReservations.status, "reserved"),
  );
  const [upcoming, past] = await Promise.all([
    db
      .select(columns)
      .from(flexReservations)
      .innerJoin(areas, eq(areas.id, flexReservations.areaId))
      .where(and(mine, gte(flexReservations.day, today)))
      .orderBy(asc(flexReservations.day)),
    db
      .select(columns)
      .from(flexReservations)
      .innerJoin(areas, eq(areas.id, flexReservations.areaId))
      .where(and(mine, lt(flexReservations.day, today)))
      .orderBy(desc(flexReservations.day))
      .limit(5),
  ]);
  return { upcoming, past };
}

/** What the member's flex entitlement is today, for the reservation page (null: none). */
export async function flexEntitlement(werkplaatsId: string, userId: string, locale: Locale, day = todayIn()) {
  for (const candidate of await membershipsInForceOn(db, werkplaatsId, userId, day)) {
    const plan = await planOn(db, candidate.id, day);
    if (!usesFlexSpots(plan.kind)) continue;
    const [used] = await db
      .select({ n: count() })
      .from(flexReservations)
      .where(and(eq(flexReservations.membershipId, candidate.id), eq(flexReservations.status, "reserved")));
    const [m] = await db.select({ endDate: memberships.endDate }).from(memberships).where(eq(memberships.id, candidate.id));
    return {
      membershipId: candidate.id,
      plan: planName(plan, locale),
      kind: plan.kind,
      accessDaysPerWeek: plan.accessDaysPerWeek,
      stripDays: plan.stripDays,
      stripsLeft: plan.kind === "strippenkaart" ? stripBalance(plan.stripDays ?? 0, used?.n ?? 0) : null,
      validUntil: m?.endDate ?? null,
    };
  }
  return null;
}

/** Days used on a strippenkaart: its reservations that were not cancelled. */
export async function stripsUsed(membershipId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(flexReservations)
    .where(and(eq(flexReservations.membershipId, membershipId), eq(flexReservations.status, "reserved")));
  return row?.n ?? 0;
}
