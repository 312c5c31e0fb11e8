import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { companies, memberships, membershipPeriods, plans, users } from "#db/schema";
import type { Locale } from "~/modules/i18n";
import { addDays, type IsoDate } from "~/utils/calendar";
import { todayIn } from "~/utils/zoned-time";
import { db } from "~/utils/db.server";
import { qualified } from "~/utils/sql";
import { notFound } from "~/utils/errors";
import { assignmentsOf } from "~/modules/desks/index.server";
import { historyOf } from "./history.server";
import { effectiveStatus, ENDING_SOON_DAYS, isEffectiveStatus, type EffectiveStatus, type MembershipStatus } from "./memberships";
import type { PlanKind } from "~/modules/plans";
import { pausesOf, periodsOf } from "./rows.server";

/** effectiveStatus() in SQL, so lists can filter and count by it. Keep the two in step. */
function effectiveStatusSql(today: IsoDate): SQL<EffectiveStatus> {
  const m = {
    id: qualified(memberships.id),
    status: qualified(memberships.status),
    start: qualified(memberships.startDate),
    end: qualified(memberships.endDate),
  };
  return sql<EffectiveStatus>`case
    when ${m.status} <> 'active' then ${m.status}
    when ${m.start} > ${today} then 'upcoming'
    when ${m.end} < ${today} then 'ended'
    when exists (select 1 from membership_pauses p where p.membership_id = ${m.id}
      and p.starts_on <= ${today} and p.ends_on >= ${today}) then 'paused'
    when ${m.end} <= ${addDays(today, ENDING_SOON_DAYS)} then 'ending'
    else 'active' end`;
}

/** The plan in force today (see periodOn): a lateral join on the membership's periods. */
function currentPeriod(today: IsoDate) {
  return db
    .select({ planId: membershipPeriods.planId })
    .from(membershipPeriods)
    .where(eq(membershipPeriods.membershipId, memberships.id))
    .orderBy(
      sql`(${membershipPeriods.startsOn} <= ${today}) desc`,
      sql`case when ${membershipPeriods.startsOn} <= ${today} then ${membershipPeriods.startsOn} end desc`,
      asc(membershipPeriods.startsOn),
    )
    .limit(1)
    .as("current_period");
}

export type MembershipFilter = {
  q?: string;
  planId?: string;
  companyId?: string;
  status?: string;
  view?: "all" | "pending" | "ending";
  page?: number;
};

const PAGE_SIZE = 50;

function listColumns(today: IsoDate) {
  return {
    id: memberships.id,
    userId: users.id,
    name: users.name,
    email: users.email,
    company: companies.name,
    companyId: companies.id,
    planId: plans.id,
    planNl: plans.nameNl,
    planEn: plans.nameEn,
    kind: sql<PlanKind>`${plans.kind}`,
    priceCents: plans.priceCents,
    stripDays: plans.stripDays,
    startDate: memberships.startDate,
    endDate: memberships.endDate,
    appliedAt: memberships.appliedAt,
    status: effectiveStatusSql(today),
  };
}

function filterWhere(werkplaatsId: string, f: MembershipFilter, today: IsoDate, current: ReturnType<typeof currentPeriod>) {
  const pattern = f.q ? `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const status = effectiveStatusSql(today);
  return and(
    eq(memberships.werkplaatsId, werkplaatsId),
    pattern ? or(ilike(users.name, pattern), ilike(users.email, pattern), ilike(companies.name, pattern)) : undefined,
    f.planId ? eq(current.planId, f.planId) : undefined,
    f.companyId ? eq(memberships.companyId, f.companyId) : undefined,
    f.status && isEffectiveStatus(f.status) ? sql`${status} = ${f.status}` : undefined,
    f.view === "pending" ? eq(memberships.status, "pending") : undefined,
    f.view === "ending"
      ? and(eq(memberships.status, "active"), sql`${memberships.endDate} between ${today} and ${addDays(today, ENDING_SOON_DAYS)}`)
      : undefined,
  );
}

/** The manager's member list: search on name, email or company; filters on plan, status, company. */
export async function listMemberships(werkplaatsId: string, f: MembershipFilter = {}, today = todayIn()) {
  const current = currentPeriod(today);
  const where = filterWhere(werkplaatsId, f, today, current);
  const page = f.page ?? 1;
  const order =
    f.view === "pending"
      ? [asc(memberships.appliedAt)]
      : f.view === "ending"
        ? [asc(memberships.endDate)]
        : [sql`${effectiveStatusSql(today)} in ('ended', 'declined', 'withdrawn')`, asc(users.name), desc(memberships.startDate)];
  const [rows, [total]] = await Promise.all([
    db
      .select(listColumns(today))
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .leftJoin(companies, eq(companies.id, memberships.companyId))
      .innerJoinLateral(current, sql`true`)
      .innerJoin(plans, eq(plans.id, current.planId))
      .where(where)
      .orderBy(...order)
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE),
    db
      .select({ n: count() })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .leftJoin(companies, eq(companies.id, memberships.companyId))
      .innerJoinLateral(current, sql`true`)
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0, page, pageSize: PAGE_SIZE };
}

/** Every membership matching the filter, for the CSV export (no paging). */
export async function allMemberships(werkplaatsId: string, f: MembershipFilter = {}, today = todayIn()) {
  const current = currentPeriod(today);
  return db
    .select({ ...listColumns(today), btwRate: plans.btwRate, kvkNumber: companies.kvkNumber, btwId: companies.btwId, phone: users.phone })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(companies, eq(companies.id, memberships.companyId))
    .innerJoinLateral(current, sql`true`)
    .innerJoin(plans, eq(plans.id, current.planId))
    .where(filterWhere(werkplaatsId, f, today, current))
    .orderBy(asc(users.name), asc(memberships.startDate));
}

/** How many memberships are pending and ending soon, for the tabs and the dashboard. */
export async function membershipCounts(werkplaatsId: string, today = todayIn()) {
  const status = effectiveStatusSql(today);
  // Grouped by position: the CASE carries parameters, so PostgreSQL cannot match it textually.
  const rows = await db.select({ status, n: count() }).from(memberships).where(eq(memberships.werkplaatsId, werkplaatsId)).groupBy(sql`1`);
  const by = Object.fromEntries(rows.map((r) => [r.status, r.n])) as Partial<Record<EffectiveStatus, number>>;
  const [ending] = await db
    .select({ n: count() })
    .from(memberships)
    .where(
      and(
        eq(memberships.werkplaatsId, werkplaatsId),
        eq(memberships.status, "active"),
        sql`${memberships.endDate} between ${today} and ${addDays(today, ENDING_SOON_DAYS)}`,
      ),
    );
  return { byStatus: by, pending: by.pending ?? 0, endingSoon: ending?.n ?? 0 };
}

/**
 * One membership with everything its page shows: person, company, plan periods, pauses, desks and
 * history. A member passes `ownerId` and can only open their own.
 */
export async function membershipDetail(
  werkplaatsId: string,
  membershipId: string,
  locale: Locale,
  options: { ownerId?: string; today?: IsoDate } = {},
) {
  const today = options.today ?? todayIn();
  const [row] = await db
    .select({ m: memberships, user: { id: users.id, name: users.name, email: users.email, phone: users.phone }, company: companies })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(companies, eq(companies.id, memberships.companyId))
    .where(
      and(
        eq(memberships.id, membershipId),
        eq(memberships.werkplaatsId, werkplaatsId),
        options.ownerId ? eq(memberships.userId, options.ownerId) : undefined,
      ),
    );
  if (!row) throw notFound("membership.errors.notFound");
  const [periods, pauses, desks, history] = await Promise.all([
    periodsOf(db, membershipId),
    pausesOf(db, membershipId),
    assignmentsOf(membershipId),
    historyOf(membershipId, locale),
  ]);
  const m = { ...row.m, status: row.m.status as MembershipStatus };
  return {
    membership: m,
    status: effectiveStatus(m, today, pauses),
    user: row.user,
    company: row.company,
    periods,
    pauses,
    desks,
    history,
    today,
  };
}

/** A person's own memberships, newest first, with their status and current plan. */
export async function myMemberships(werkplaatsId: string, userId: string, today = todayIn()) {
  const current = currentPeriod(today);
  return db
    .select(listColumns(today))
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(companies, eq(companies.id, memberships.companyId))
    .innerJoinLateral(current, sql`true`)
    .innerJoin(plans, eq(plans.id, current.planId))
    .where(and(eq(memberships.werkplaatsId, werkplaatsId), eq(memberships.userId, userId)))
    .orderBy(desc(memberships.startDate), desc(memberships.appliedAt));
}
