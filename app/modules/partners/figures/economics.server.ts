import { and, asc, between, eq, gte, inArray, lte, ne } from "drizzle-orm";
import { sql } from "drizzle-orm";
import { inKindContributions, invoiceLines, invoices, locationCosts, partners, subsidies } from "#db/schema";
import { expertHoursValue } from "~/modules/workshop/index.server";
import { db } from "~/utils/db.server";
import { budgetOf } from "../costs/costs.server";
import { budgetShareCents, coveragePercent, coworkingKinds, incomeGroups, subsidyShareCents, type IncomeGroup } from "./economics-rules";
import { type Impact, impactOf } from "./impact.server";
import { perHeadCents } from "./impact-rules";
import type { Period } from "./period";

/** A line's net amount as the ledger counts it: a credit note takes its amount back. */
const signedNet = sql<number>`case when ${invoices.kind} = 'credit_note' then -${invoiceLines.netCents} else ${invoiceLines.netCents} end`;

/** Issued invoice lines of some revenue kinds whose document was issued within the period: the rows behind income figures. */
export async function ledgerRows(werkplaatsId: string, period: Period, revenueKinds: string[]) {
  return db
    .select({
      invoiceId: invoices.id,
      number: invoices.number,
      issueDate: invoices.issueDate,
      party: sql<string>`${invoices.customer}->>'name'`,
      description: invoiceLines.description,
      revenueKind: invoiceLines.revenueKind,
      netCents: signedNet,
    })
    .from(invoiceLines)
    .innerJoin(invoices, eq(invoices.id, invoiceLines.invoiceId))
    .where(
      and(
        eq(invoices.werkplaatsId, werkplaatsId),
        ne(invoices.status, "draft"),
        between(invoices.issueDate, period.from, period.to),
        inArray(invoiceLines.revenueKind, revenueKinds),
      ),
    )
    .orderBy(asc(invoices.issueDate), asc(invoices.number));
}

export async function inKindRows(werkplaatsId: string, period: Period) {
  return db
    .select({
      id: inKindContributions.id,
      partner: partners.name,
      kind: inKindContributions.kind,
      description: inKindContributions.description,
      givenOn: inKindContributions.givenOn,
      hours: inKindContributions.hours,
      valueCents: inKindContributions.valueCents,
    })
    .from(inKindContributions)
    .innerJoin(partners, eq(partners.id, inKindContributions.partnerId))
    .where(and(eq(inKindContributions.werkplaatsId, werkplaatsId), between(inKindContributions.givenOn, period.from, period.to)))
    .orderBy(asc(inKindContributions.givenOn));
}

export async function costRows(werkplaatsId: string, period: Period) {
  return db
    .select({
      id: locationCosts.id,
      month: locationCosts.month,
      kind: locationCosts.kind,
      amountCents: locationCosts.amountCents,
      note: locationCosts.note,
    })
    .from(locationCosts)
    .where(and(eq(locationCosts.werkplaatsId, werkplaatsId), gte(locationCosts.month, period.from), lte(locationCosts.month, period.to)))
    .orderBy(asc(locationCosts.month), asc(locationCosts.kind));
}

/** Subsidies running in the period, each with the share of it that falls in the period. */
export async function subsidyRows(werkplaatsId: string, period: Period) {
  const rows = await db
    .select()
    .from(subsidies)
    .where(and(eq(subsidies.werkplaatsId, werkplaatsId), lte(subsidies.startsOn, period.to), gte(subsidies.endsOn, period.from)))
    .orderBy(asc(subsidies.startsOn));
  return rows.map((s) => ({ ...s, shareCents: subsidyShareCents(s, period.from, period.to) }));
}

const sum = <T>(rows: T[], pick: (row: T) => number) => rows.reduce((total, row) => total + pick(row), 0);

export type Economics = Awaited<ReturnType<typeof economicsOf>>;

/**
 * The DOC economics of a period, each figure computed once here from the rows the drill-down
 * shows: co-working income from issued invoices (net, credit notes subtracted, by the issue
 * date), location costs, their coverage, sponsorship in cash (invoiced) and in kind (with the
 * workshop's expert hours), subsidies and the budget's share of the period. A caller that also
 * shows the impact figures passes the ones it computed, so they are computed once per request.
 */
export async function economicsOf(werkplaatsId: string, period: Period, impactFigures: Promise<Impact> = impactOf(werkplaatsId, period)) {
  const [income, sponsorship, inKind, experts, costs, subsidy, budget, impact] = await Promise.all([
    ledgerRows(werkplaatsId, period, coworkingKinds),
    ledgerRows(werkplaatsId, period, ["sponsorship"]),
    inKindRows(werkplaatsId, period),
    expertHoursValue(werkplaatsId, { start: period.from, end: period.to }),
    costRows(werkplaatsId, period),
    subsidyRows(werkplaatsId, period),
    budgetOf(werkplaatsId, period.year),
    impactFigures,
  ]);
  const byGroup = Object.fromEntries(
    (Object.keys(incomeGroups) as IncomeGroup[]).map((g) => [
      g,
      sum(
        income.filter((r) => (incomeGroups[g] as readonly string[]).includes(r.revenueKind)),
        (r) => r.netCents,
      ),
    ]),
  ) as Record<IncomeGroup, number>;
  const coworkingCents = sum(income, (r) => r.netCents);
  const locationCostCents = sum(
    costs.filter((c) => c.kind !== "workshop"),
    (c) => c.amountCents,
  );
  const workshopCostCents = sum(
    costs.filter((c) => c.kind === "workshop"),
    (c) => c.amountCents,
  );
  const actual: Record<string, number> = {
    coworking: coworkingCents,
    sponsorship_cash: sum(sponsorship, (r) => r.netCents),
    // Gifts recorded by the manager plus the expert hours logged on trajectories, valued at the workshop's rate.
    sponsorship_in_kind: sum(inKind, (r) => r.valueCents) + experts.valueCents,
    subsidies: sum(subsidy, (s) => s.shareCents),
  };
  for (const c of costs) actual[c.kind] = (actual[c.kind] ?? 0) + c.amountCents;
  return {
    period,
    coworking: { totalCents: coworkingCents, byGroup },
    locationCostCents,
    workshopCostCents,
    coveragePercent: coveragePercent(coworkingCents, locationCostCents),
    leftForWorkshopCents: coworkingCents - locationCostCents,
    sponsorshipCashCents: actual.sponsorship_cash!,
    sponsorshipInKindCents: actual.sponsorship_in_kind!,
    subsidyCents: actual.subsidies!,
    expertHours: { minutes: experts.minutes, valueCents: experts.valueCents },
    // What the werkplaats cost (location and workshop project costs) per SME helped and per student involved.
    perHead: {
      smes: impact.figures.smesHelped ?? 0,
      students: impact.figures.studentsInvolved ?? 0,
      perSmeCents: perHeadCents(locationCostCents + workshopCostCents, impact.figures.smesHelped ?? 0),
      perStudentCents: perHeadCents(locationCostCents + workshopCostCents, impact.figures.studentsInvolved ?? 0),
    },
    budget: budget.map((b) => ({
      kind: b.kind,
      budgetCents: budgetShareCents(b.amountCents, period.months),
      actualCents: actual[b.kind] ?? 0,
    })),
    monthly: monthlySeries(period, income, costs),
  };
}

/** Income and location costs per month of the period, for the chart. */
function monthlySeries(
  period: Period,
  income: { issueDate: string | null; netCents: number }[],
  costs: { month: string; kind: string; amountCents: number }[],
) {
  const months: string[] = [];
  for (let m = 0; m < period.months; m++)
    months.push(`${period.from.slice(0, 4)}-${String(Number(period.from.slice(5, 7)) + m).padStart(2, "0")}`);
  return months.map((month) => ({
    month,
    incomeCents: sum(
      income.filter((r) => r.issueDate?.startsWith(month)),
      (r) => r.netCents,
    ),
    costCents: sum(
      costs.filter((c) => c.kind !== "workshop" && c.month.startsWith(month)),
      (c) => c.amountCents,
    ),
  }));
}
