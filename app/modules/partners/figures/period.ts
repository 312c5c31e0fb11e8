import { addDays, addMonths, type IsoDate } from "~/utils/calendar";

/** What periodOf needs from the page's query (the form schema's result fits it). */
type PeriodAsked = { span: "month" | "quarter" | "year"; year?: number; part?: number };

export type Period = { span: "month" | "quarter" | "year"; year: number; part: number; from: IsoDate; to: IsoDate; months: number };

const pad = (n: number) => String(n).padStart(2, "0");

/** The month, quarter or year asked for (by default the one holding today), as first and last day. */
export function periodOf(query: PeriodAsked, today: IsoDate): Period {
  const year = query.year ?? Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const months = query.span === "year" ? 12 : query.span === "quarter" ? 3 : 1;
  const maxPart = 12 / months;
  const fallback = query.span === "year" ? 1 : query.span === "quarter" ? Math.ceil(month / 3) : month;
  const part = Math.min(query.part ?? fallback, maxPart);
  const from = `${year}-${pad((part - 1) * months + 1)}-01`;
  return { span: query.span, year, part, from, to: addDays(addMonths(from, months), -1), months };
}

/** The first day of every month in a period. */
export function monthsIn(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let m = `${from.slice(0, 7)}-01`; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}
