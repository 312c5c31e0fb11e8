import { addMonths, type IsoDate } from "~/utils/calendar";
import type { InstalmentSchedule } from "../terms";

export type PlannedInstalment = { dueOn: IsoDate; amountCents: number };

const STEP_MONTHS: Record<Exclude<InstalmentSchedule, "custom">, number> = { monthly: 1, quarterly: 3, yearly: 12 };

/** Whole months an agreement runs, counting a started month: 1 Jan – 31 Dec is 12, 1 Jan – 15 Jan is 1. */
function monthsCovered(startsOn: IsoDate, endsOn: IsoDate): number {
  let months = 0;
  while (addMonths(startsOn, months) <= endsOn) months += 1;
  return months;
}

/**
 * What an agreement commits in total: the yearly amount for every twelve months it runs, pro rata
 * for a part of a year, rounded half up once. The instalments always add up to exactly this.
 */
export function committedCents(yearlyCents: number, startsOn: IsoDate, endsOn: IsoDate): number {
  return Math.floor((yearlyCents * monthsCovered(startsOn, endsOn) + 6) / 12);
}

/** Splits an amount into n parts that differ by at most a cent, the larger parts first. */
function split(totalCents: number, n: number): number[] {
  const base = Math.floor(totalCents / n);
  const rest = totalCents - base * n;
  return Array.from({ length: n }, (_, i) => base + (i < rest ? 1 : 0));
}

/**
 * The payment dates of an agreement: every month, quarter or year from its first day while the
 * agreement runs, or the manager's own dates. The committed amount is divided over them to the cent.
 */
export function instalmentPlan(agreement: {
  startsOn: IsoDate;
  endsOn: IsoDate;
  yearlyCents: number;
  schedule: InstalmentSchedule;
  customDates?: IsoDate[];
}): PlannedInstalment[] {
  const total = committedCents(agreement.yearlyCents, agreement.startsOn, agreement.endsOn);
  let dates: IsoDate[];
  if (agreement.schedule === "custom") {
    dates = [...new Set(agreement.customDates ?? [])].sort();
  } else {
    const step = STEP_MONTHS[agreement.schedule];
    dates = [];
    for (let m = 0; addMonths(agreement.startsOn, m) <= agreement.endsOn; m += step) dates.push(addMonths(agreement.startsOn, m));
  }
  if (dates.length === 0) return [];
  const amounts = split(total, dates.length);
  return dates.map((dueOn, i) => ({ dueOn, amountCents: amounts[i]! })).filter((p) => p.amountCents > 0);
}
