import { and, asc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { membershipPeriods, plans, type PlanRow } from "#db/schema";
import { todayIn } from "~/utils/zoned-time";
import { db, type Executor } from "~/utils/db.server";
import { qualified } from "~/utils/sql";
import { conflict, notFound } from "~/utils/errors";
import type { PlanInput } from "./plans.schema";

/** The plans on the public pricing page: public and not archived, in the manager's order. */
export async function publicPlans(werkplaatsId: string) {
  const rows = await db
    .select()
    .from(plans)
    .where(and(eq(plans.werkplaatsId, werkplaatsId), eq(plans.isPublic, true), isNull(plans.archivedAt)))
    .orderBy(asc(plans.sortOrder), asc(plans.priceCents));
  return rows;
}

/** What the public pricing page shows of the plans, as one short text that changes when they do. */
export async function publicPlansVersion(werkplaatsId: string): Promise<string> {
  const [row] = await db
    .select({ version: sql<string>`md5(coalesce(string_agg(${plans}::text, ';' order by ${plans.id}), ''))` })
    .from(plans)
    .where(and(eq(plans.werkplaatsId, werkplaatsId), eq(plans.isPublic, true), isNull(plans.archivedAt)));
  return row?.version ?? "";
}

/** Every plan for the manager, with how many memberships are on it today. */
export async function listPlans(werkplaatsId: string, today = todayIn()) {
  const rows = await db
    .select({
      plan: plans,
      members: sql<number>`(
        select count(distinct mp.membership_id)::int from membership_periods mp
        join memberships m on m.id = mp.membership_id
        where mp.plan_id = ${qualified(plans.id)} and m.status = 'active'
          and mp.starts_on <= ${today} and (mp.ends_on is null or mp.ends_on >= ${today})
          and m.start_date <= ${today} and (m.end_date is null or m.end_date >= ${today}))`,
    })
    .from(plans)
    .where(eq(plans.werkplaatsId, werkplaatsId))
    .orderBy(sql`${plans.archivedAt} is not null`, asc(plans.sortOrder), asc(plans.priceCents));
  return rows.map((r) => ({ ...r.plan, members: r.members }));
}

export async function getPlan(werkplaatsId: string, planId: string, tx: Executor = db): Promise<PlanRow> {
  const [row] = await tx
    .select()
    .from(plans)
    .where(and(eq(plans.id, planId), eq(plans.werkplaatsId, werkplaatsId)));
  if (!row) throw notFound("plan.errors.notFound");
  return row;
}

/** Plans a manager can move a membership to or offer: not archived, including hidden ones. */
export async function offerablePlans(werkplaatsId: string) {
  const rows = await db
    .select()
    .from(plans)
    .where(and(eq(plans.werkplaatsId, werkplaatsId), isNull(plans.archivedAt)))
    .orderBy(asc(plans.sortOrder), asc(plans.priceCents));
  return rows;
}

export async function createPlan(werkplaatsId: string, input: PlanInput) {
  const [row] = await db
    .insert(plans)
    .values({ werkplaatsId, ...input })
    .returning();
  return row!;
}

/** Edits a plan. Its kind is fixed once memberships use it: their desks and reservations depend on it. */
export async function updatePlan(werkplaatsId: string, planId: string, input: PlanInput) {
  const current = await getPlan(werkplaatsId, planId);
  if (current.kind !== input.kind) {
    const [used] = await db
      .select({ id: membershipPeriods.id })
      .from(membershipPeriods)
      .where(eq(membershipPeriods.planId, planId))
      .limit(1);
    if (used) throw conflict("plan.errors.kindLocked", undefined, "kind");
  }
  const [row] = await db
    .update(plans)
    .set({ ...input, updatedAt: sql`now()` })
    .where(and(eq(plans.id, planId), eq(plans.werkplaatsId, werkplaatsId)))
    .returning();
  return row!;
}

/** Archived plans disappear from /plans and from new applications; memberships on them carry on. */
export async function setPlanArchived(werkplaatsId: string, planId: string, archived: boolean) {
  const [row] = await db
    .update(plans)
    .set({ archivedAt: archived ? sql`now()` : null, updatedAt: sql`now()` })
    .where(
      and(eq(plans.id, planId), eq(plans.werkplaatsId, werkplaatsId), archived ? isNull(plans.archivedAt) : isNotNull(plans.archivedAt)),
    )
    .returning();
  if (!row) throw conflict(archived ? "plan.errors.alreadyArchived" : "plan.errors.notArchived");
  return row;
}

/** The day pass plan guests buy (the first one that is on sale). */
export async function dayPassPlan(werkplaatsId: string, tx: Executor = db) {
  const [row] = await tx
    .select()
    .from(plans)
    .where(and(eq(plans.werkplaatsId, werkplaatsId), eq(plans.kind, "day_pass"), isNull(plans.archivedAt)))
    .orderBy(asc(plans.sortOrder), asc(plans.priceCents))
    .limit(1);
  return row ? row : undefined;
}

/**
 * Plans a person can apply for: the public ones, plus a hidden one when they came through its
 * direct link (hidden plans are offered privately). Never archived plans or day passes.
 */
export async function applicablePlans(werkplaatsId: string, linkedPlanId?: string) {
  const rows = await db
    .select()
    .from(plans)
    .where(and(eq(plans.werkplaatsId, werkplaatsId), isNull(plans.archivedAt)))
    .orderBy(asc(plans.sortOrder), asc(plans.priceCents));
  return rows.filter((p) => p.kind !== "day_pass" && (p.isPublic || p.id === linkedPlanId));
}
