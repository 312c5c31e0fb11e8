import { expertHoursValue } from "~/modules/workshop/index.server";
import type { Period } from "../figures/period";
import { listPartners } from "../agreements/partners.server";
import { budgetOf, inKindList, locationCostList, subsidyList } from "./costs.server";

/**
 * What the financing page shows for a year: the partners to choose from, their gifts in kind with
 * the expert hours logged on trajectories beside them (the workshop's figure, never copied into
 * in_kind_contributions), the subsidies, the location costs and the budget.
 */
export async function financingOf(werkplaatsId: string, period: Period) {
  const [partners, inKind, expertHours, subsidies, costs, budget] = await Promise.all([
    listPartners(werkplaatsId),
    inKindList(werkplaatsId, undefined, period),
    expertHoursValue(werkplaatsId, { start: period.from, end: period.to }),
    subsidyList(werkplaatsId),
    locationCostList(werkplaatsId, period.from, period.to),
    budgetOf(werkplaatsId, period.year),
  ]);
  return {
    period,
    partners: partners.map((p) => ({ id: p.id, name: p.name })),
    inKind,
    expertHours,
    subsidies,
    costs,
    budget,
  };
}
