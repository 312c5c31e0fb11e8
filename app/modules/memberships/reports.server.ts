import { and, eq, gte, isNull, lte, or } from "drizzle-orm";
import { memberships, membershipPeriods, plans } from "#db/schema";
import { inForce } from "./in-force.server";
import type { Locale } from "~/modules/i18n";
import { addMonths, monthOf, type IsoDate } from "~/utils/calendar";
import { todayIn } from "~/utils/zoned-time";
import { db } from "~/utils/db.server";
import { monthlyRecurringRevenue } from "./memberships";
import { isRecurring, type PlanKind, planName } from "~/modules/plans";

/** Memberships in force on a day (approved, started, not ended, not paused) with the plan of that day. */
async function inForceOn(werkplaatsId: string, day: IsoDate) {
  const rows = await db
    .select({
      membershipId: memberships.id,
      planId: plans.id,
      nameNl: plans.nameNl,
      nameEn: plans.nameEn,
      kind: plans.kind,
      priceCents: plans.priceCents,
      archivedAt: plans.archivedAt,
    })
    .from(memberships)
    .innerJoin(
      membershipPeriods,
      and(
        eq(membershipPeriods.membershipId, memberships.id),
        lte(membershipPeriods.startsOn, day),
        or(isNull(membershipPeriods.endsOn), gte(membershipPeriods.endsOn, day)),
      ),
    )
    .innerJoin(plans, eq(plans.id, membershipPeriods.planId))
    .where(and(eq(memberships.werkplaatsId, werkplaatsId), inForce(day)));
  return rows.map((r) => ({ ...r, kind: r.kind as PlanKind }));
}

/** Active members per plan and the monthly recurring revenue excl. BTW, on a day. */
export async function membershipReport(werkplaatsId: string, locale: Locale, day: IsoDate = todayIn()) {
  const rows = await inForceOn(werkplaatsId, day);
  const perPlan = new Map<
    string,
    { planId: string; name: string; kind: PlanKind; priceCents: number; archived: boolean; members: number; mrrCents: number }
  >();
  for (const r of rows) {
    const entry = perPlan.get(r.planId) ?? {
      planId: r.planId,
      name: planName(r, locale),
      kind: r.kind,
      priceCents: r.priceCents,
      archived: r.archivedAt !== null,
      members: 0,
      mrrCents: 0,
    };
    entry.members += 1;
    if (isRecurring(r.kind)) entry.mrrCents += r.priceCents;
    perPlan.set(r.planId, entry);
  }
  return {
    day,
    activeMembers: rows.length,
    mrrCents: monthlyRecurringRevenue(rows),
    perPlan: [...perPlan.values()].sort((a, b) => b.members - a.members || a.name.localeCompare(b.name)),
  };
}

/** MRR and active members on the first day of each of the last `months` months (this one included). */
export async function mrrTrend(werkplaatsId: string, months = 12, today: IsoDate = todayIn()) {
  const thisMonth = monthOf(today).start;
  const firsts = Array.from({ length: months }, (_, i) => addMonths(thisMonth, i - months + 1));
  return Promise.all(
    firsts.map(async (first) => {
      const rows = await inForceOn(werkplaatsId, first);
      return { month: first, mrrCents: monthlyRecurringRevenue(rows), members: rows.length };
    }),
  );
}
