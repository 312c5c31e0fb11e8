import type { ImpactFilter } from "./impact-filter";
import { impactOf } from "./impact.server";
import { trendFigures, type TrendFigure, type TrendStep } from "./impact-rules";
import { periodOf, type Period } from "./period";

export type ImpactTrend = Awaited<ReturnType<typeof impactTrend>>;

/**
 * The Impactmonitor's trends over a period: for each month (or each quarter of a year) the
 * figures `impactOf` computes for that month or quarter, so a trend point is the figure the page
 * shows when that month is chosen (with the same filter), never a second count. People and SMEs are unique per point,
 * so the points of a year do not add up to the year.
 */
export async function impactTrend(werkplaatsId: string, period: Period, step: TrendStep, filter: ImpactFilter = {}) {
  const parts = step === "quarter" ? period.months / 3 : period.months;
  const first = step === "quarter" ? (Number(period.from.slice(5, 7)) + 2) / 3 : Number(period.from.slice(5, 7));
  const points = Array.from({ length: parts }, (_, i) => periodOf({ span: step, year: period.year, part: first + i }, period.from));
  const impacts = await Promise.all(points.map((p) => impactOf(werkplaatsId, p, filter)));
  return impacts.map(({ period: p, figures, reach }) => {
    const values: Record<TrendFigure, number | null> = {
      peopleReached: reach.people,
      smesReached: reach.smes,
      trajectoriesStarted: figures.trajectoriesStarted,
      trajectoriesCompleted: figures.trajectoriesCompleted,
      studentsInvolved: figures.studentsInvolved,
      averageRating: figures.averageRating,
    };
    return { period: p, values: Object.fromEntries(trendFigures.map((f) => [f, values[f]])) as Record<TrendFigure, number | null> };
  });
}
