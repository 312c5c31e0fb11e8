import { occupancyReport, type OccupancyPeriod } from "~/modules/desks/index.server";
import type { IsoDate } from "~/utils/calendar";
import { occupancyFigures } from "./occupancy";

/** The occupancy page: desks' counts for the period around a date, with their percentages and totals. */
export async function occupancyPage(werkplaatsId: string, period: OccupancyPeriod, date: IsoDate) {
  const report = await occupancyReport(werkplaatsId, period, date);
  const figures = occupancyFigures(report.rows, report.areas);
  return { ...report, rows: figures.days, areas: figures.areas, totals: figures.period };
}
