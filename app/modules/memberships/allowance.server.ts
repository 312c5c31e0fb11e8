import { and, eq, gte, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import { memberships, membershipPeriods, plans } from "#db/schema";
import { inForce } from "./in-force.server";
import { monthOf } from "~/utils/calendar";
import { todayIn } from "~/utils/zoned-time";
import { db } from "~/utils/db.server";

/**
 * The meeting-room minutes included that calendar month by the user's membership: the plan's
 * included hours per month, for an approved membership in force at some day of the month.
 * 0 without one. Called by the room-bookings ledger.
 *
 * `monthStart` may be any instant in the month; the month is taken in Europe/Amsterdam. When the
 * plan changes during the month, or a second membership overlaps it, the most generous plan counts
 * (the member is not penalised for upgrading mid-month). A month paused from its first to its last
 * day includes nothing.
 */
export async function includedRoomMinutes(werkplaatsId: string, userId: string, monthStart: Date): Promise<number> {
  const [row] = await includedMinutesQuery(werkplaatsId, userId, monthStart);
  return row?.minutes ?? 0;
}

/**
 * The same figure as one scalar SQL expression (null for 0), for a page that reads it together
 * with other questions in one statement (`batchedValue`, the member start page).
 */
export function includedRoomMinutesExpression(werkplaatsId: string, userId: string, monthStart: Date): SQL {
  return sql`(${includedMinutesQuery(werkplaatsId, userId, monthStart)})`;
}

function includedMinutesQuery(werkplaatsId: string, userId: string, monthStart: Date) {
  const { start, end } = monthOf(todayIn(monthStart));
  return db
    .select({ minutes: sql<number | null>`max(${plans.includedRoomMinutes})::int` })
    .from(memberships)
    .innerJoin(membershipPeriods, eq(membershipPeriods.membershipId, memberships.id))
    .innerJoin(plans, eq(plans.id, membershipPeriods.planId))
    .where(
      and(
        eq(memberships.werkplaatsId, werkplaatsId),
        eq(memberships.userId, userId),
        inForce(start, end),
        lte(membershipPeriods.startsOn, end),
        or(isNull(membershipPeriods.endsOn), gte(membershipPeriods.endsOn, start)),
      ),
    );
}
