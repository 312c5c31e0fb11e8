import { and, eq, gte, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { memberships, membershipPauses } from "#db/schema";
import type { IsoDate } from "~/utils/calendar";

/**
 * The SQL twin of `isInForce` (in-force.ts), as a condition on `memberships`: in force on the day,
 * or on at least one day from `from` to `to`; `to = null` leaves the range open.
 */
export function inForce(from: IsoDate, to: IsoDate | null = from): SQL {
  const conditions = [eq(memberships.status, "active"), or(isNull(memberships.endDate), gte(memberships.endDate, from))];
  if (to !== null) {
    conditions.push(
      lte(memberships.startDate, to),
      sql`not exists (select 1 from ${membershipPauses} where ${membershipPauses.membershipId} = ${memberships.id}
        and ${membershipPauses.startsOn} <= ${from} and ${membershipPauses.endsOn} >= ${to})`,
    );
  }
  return and(...conditions)!;
}
