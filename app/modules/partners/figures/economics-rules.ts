import type { BudgetKind } from "#db/schema/partner-enums";
import type { IsoDate } from "~/utils/calendar";
import { monthsIn } from "./period";

/** How the ledger's revenue kinds add up to the co-working income the DOC report speaks of. */
export const incomeGroups = {
  memberships: ["membership"],
  rooms: ["room_hours"],
  dayPasses: ["day_pass", "strippenkaart"],
  events: ["ticket"],
  other: ["one_off"],
} as const;
export type IncomeGroup = keyof typeof incomeGroups;
export const coworkingKinds: string[] = Object.values(incomeGroups).flat();

/** Every amount on the economics page that can be opened to the rows behind it. */
export const drillFigures = [
  "coworking",
  "memberships",
  "rooms",
  "dayPasses",
  "events",
  "other",
  "locationCosts",
  "workshopCosts",
  "sponsorshipCash",
  "sponsorshipInKind",
  "subsidies",
  // Computed from income and costs together: the income rows and the location costs taken off.
  "coverage",
  "leftForWorkshop",
  // What the cost per SME and per student divide: location and workshop costs.
  "allCosts",
  // One location cost kind: a budget line's actual.
  "cost_rent",
  "cost_service_costs",
  "cost_energy",
  "cost_cleaning",
  "cost_other",
] as const satisfies readonly string[];
export type DrillFigure = (typeof drillFigures)[number];

/** The figure whose rows make a budget line's actual: the same rows the economics sum for it. */
export function budgetDrill(kind: BudgetKind): DrillFigure {
  switch (kind) {
    case "coworking":
    case "subsidies":
      return kind;
    case "sponsorship_cash":
      return "sponsorshipCash";
    case "sponsorship_in_kind":
      return "sponsorshipInKind";
    case "workshop":
      return "workshopCosts";
    default:
      return `cost_${kind}`;
  }
}

/** What the report budgets for a Digitale Werkplaats: about €200,000 a year for ~150 SMEs and ~450 students. */
export const BENCHMARK = { yearlyCents: 200_000_00, smes: 150, students: 450 } as const;

/**
 * A subsidy counts evenly over the months it runs, the first months taking the leftover cents,
 * so its monthly shares add up to exactly the amount granted.
 */
export function subsidyShareCents(subsidy: { amountCents: number; startsOn: IsoDate; endsOn: IsoDate }, from: IsoDate, to: IsoDate) {
  const months = monthsIn(subsidy.startsOn, subsidy.endsOn);
  const base = Math.floor(subsidy.amountCents / months.length);
  const rest = subsidy.amountCents - base * months.length;
  const first = `${from.slice(0, 7)}-01`;
  return months.reduce((sum, m, i) => (m >= first && m <= to ? sum + base + (i < rest ? 1 : 0) : sum), 0);
}

/** A yearly budget line's share of a period: months/12 of it, rounded half up once. */
export function budgetShareCents(yearlyCents: number, months: number) {
  return Math.floor((yearlyCents * months + 6) / 12);
}

/** Income divided by costs, as a percentage with one decimal; null without costs. */
export function coveragePercent(incomeCents: number, costCents: number): number | null {
  if (costCents <= 0) return null;
  return Math.round((incomeCents * 1000) / costCents) / 10;
}
