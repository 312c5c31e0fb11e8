import { and, asc, eq } from "drizzle-orm";
import { memberships, membershipPauses, membershipPeriods, plans, type MembershipRow, type PlanRow } from "#db/schema";
import { inForce } from "./in-force.server";
import type { IsoDate } from "~/utils/calendar";
import type { Executor } from "~/utils/db.server";
import { notFound } from "~/utils/errors";
import { periodOn } from "./memberships";

/**
 * Reads a membership with a row lock, so two changes to one membership (approving twice,
 * cancelling while a plan change is saved) run one after the other. Scoped to the werkplaats and,
 * for a member acting on their own, to the member: anyone else's membership is "not found".
 */
export async function lockMembership(tx: Executor, werkplaatsId: string, membershipId: string, ownerId?: string): Promise<MembershipRow> {
  const [row] = await tx
    .select()
    .from(memberships)
    .where(
      and(
        eq(memberships.id, membershipId),
        eq(memberships.werkplaatsId, werkplaatsId),
        ownerId ? eq(memberships.userId, ownerId) : undefined,
      ),
    )
    .for("update");
  if (!row) throw notFound("membership.errors.notFound");
  return row;
}

export async function periodsOf(tx: Executor, membershipId: string) {
  const rows = await tx
    .select({
      id: membershipPeriods.id,
      startsOn: membershipPeriods.startsOn,
      endsOn: membershipPeriods.endsOn,
      planId: membershipPeriods.planId,
      plan: plans,
    })
    .from(membershipPeriods)
    .innerJoin(plans, eq(plans.id, membershipPeriods.planId))
    .where(eq(membershipPeriods.membershipId, membershipId))
    .orderBy(asc(membershipPeriods.startsOn));
  return rows.map((r) => ({ ...r, plan: r.plan }));
}

export async function pausesOf(tx: Executor, membershipId: string) {
  return tx
    .select({
      id: membershipPauses.id,
      startsOn: membershipPauses.startsOn,
      endsOn: membershipPauses.endsOn,
      reason: membershipPauses.reason,
    })
    .from(membershipPauses)
    .where(eq(membershipPauses.membershipId, membershipId))
    .orderBy(asc(membershipPauses.startsOn));
}

/** The plan in force on a day (see periodOn); every membership has at least one period. */
export async function planOn(tx: Executor, membershipId: string, day: IsoDate): Promise<PlanRow> {
  const period = periodOn(await periodsOf(tx, membershipId), day);
  if (!period) throw new Error(`membership ${membershipId} has no plan period`);
  return period.plan;
}

/** Approved memberships of the person in force on the day and not paused then. */
export function membershipsInForceOn(tx: Executor, werkplaatsId: string, userId: string, day: IsoDate) {
  return tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.werkplaatsId, werkplaatsId), eq(memberships.userId, userId), inForce(day)))
    .orderBy(asc(memberships.startDate));
}
