import { addDays, addMonths, monthOf, type IsoDate } from "~/utils/calendar";

/**
 * The period of an export: a month ("2026-12"), a quarter ("2026-Q4"), a year ("2026") or the
 * manager's own from–to. Invoices belong to it by their issue date, which is already the date in
 * the werkplaats's zone at the moment of issue (an invoice issued 31 December at 23:30 in
 * Amsterdam is dated 31 December), so the boundaries are plain dates and need no time zone here.
 */
export type ExportPeriod = { start: IsoDate; end: IsoDate; choice: string };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^(\d{4})$/;
export const PERIOD_CHOICE = /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/;

const lastDayBefore = (date: IsoDate) => addDays(date, -1);

/** The dates of a month, quarter or year choice; null for anything else. */
export function periodOf(choice: string): ExportPeriod | null {
  const month = MONTH.exec(choice);
  if (month) {
    return { ...monthOf(`${month[1]}-${month[2]}-01`), choice };
  }
  const quarter = QUARTER.exec(choice);
  if (quarter) {
    const start = `${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, "0")}-01`;
    return { start, end: lastDayBefore(addMonths(start, 3)), choice };
  }
  const year = YEAR.exec(choice);
  if (year) return { start: `${year[1]}-01-01`, end: `${year[1]}-12-31`, choice };
  return null;
}

export const quarterOf = (date: IsoDate) => `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;

/**
 * What the period menu offers on a given day: the last thirteen months, the last five quarters
 * (the BTW-aangifte is usually per quarter) and the last three years, newest first.
 */
export function periodChoices(today: IsoDate) {
  const firstOfMonth = `${today.slice(0, 7)}-01`;
  const months = Array.from({ length: 13 }, (_, i) => addMonths(firstOfMonth, -i).slice(0, 7));
  const quarters = Array.from({ length: 5 }, (_, i) => quarterOf(addMonths(firstOfMonth, -3 * i)));
  const year = Number(today.slice(0, 4));
  const years = [year, year - 1, year - 2].map(String);
  return { months, quarters, years };
}

/** The period the page opens with: the quarter of today, the one a manager is filling. */
export const defaultPeriod = (today: IsoDate) => periodOf(quarterOf(today))!;

/** The period in a file name: "2026-Q4", or "2026-10-01_2026-12-15" for the manager's own range. */
export const periodSlug = (period: ExportPeriod) => (period.choice === "range" ? `${period.start}_${period.end}` : period.choice);
