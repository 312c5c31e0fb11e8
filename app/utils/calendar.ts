/**
 * Calendar dates ("2026-11-27") as plain strings, the way `date` columns arrive from drizzle.
 * Arithmetic runs in UTC on the date alone, so no time zone or daylight saving can shift a day.
 * What a date is in a zone (today, 09:00 on a day) is zoned-time.ts's job.
 */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: IsoDate) {
  const m = ISO.exec(date);
  if (!m) throw new Error(`not an ISO date: ${date}`);
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

function toIsoDate(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

/** True for a real calendar date like "2026-02-28" (not "2026-02-30"). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string" || !ISO.test(value)) return false;
  const { y, m, d } = parts(value);
  return toIsoDate(new Date(Date.UTC(y, m - 1, d))) === value;
}

/** n calendar days later (or earlier), whatever the zone. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const { y, m, d } = parts(date);
  return toIsoDate(new Date(Date.UTC(y, m - 1, d + days)));
}

function utc(date: IsoDate) {
  const { y, m, d } = parts(date);
  return new Date(Date.UTC(y, m - 1, d));
}

/** Calendar months later; the day is clamped to the month's end (31 January + 1 month = 28/29 February). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { y, m, d } = parts(date);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return toIsoDate(target);
}

/** The latest of some dates. ISO dates order as text; Math.max would turn them into NaN. */
export function maxDate(first: IsoDate, ...rest: IsoDate[]): IsoDate {
  let latest = first;
  for (const date of rest) if (date > latest) latest = date;
  return latest;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utc(to).getTime() - utc(from).getTime()) / 86400_000);
}

/** 1 = Monday … 7 = Sunday (ISO). */
export function isoWeekday(date: IsoDate): number {
  const day = utc(date).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday and Sunday of the ISO week the date falls in. */
export function isoWeekOf(date: IsoDate): { start: IsoDate; end: IsoDate } {
  const start = addDays(date, 1 - isoWeekday(date));
  return { start, end: addDays(start, 6) };
}

export function monthOf(date: IsoDate): { start: IsoDate; end: IsoDate } {
  const { y, m } = parts(date);
  const start = `${y}-${String(m).padStart(2, "0")}-01`;
  return { start, end: addDays(addMonths(start, 1), -1) };
}

/** Every date from `from` to `to`, both included. */
export function eachDay(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** "2026-11-27" → 27 November 2026 at noon UTC, safe to format as a date in any European zone. */
function dateForDisplay(date: IsoDate): Date {
  const { y, m, d } = parts(date);
  return new Date(Date.UTC(y, m - 1, d, 12));
}

const displayFormatters = new Map<string, Intl.DateTimeFormat>();
const styles = {
  long: { day: "numeric", month: "long", year: "numeric" },
  weekday: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
  short: { weekday: "short", day: "numeric", month: "short" },
  dayHeading: { weekday: "long", day: "numeric", month: "long" },
  month: { month: "long", year: "numeric" },
  monthShort: { month: "short" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/** A calendar date as text: "27 november 2026", "vrijdag 27 november 2026", "vr 27 nov.", "vrijdag 27 november", "november 2026". */
export function formatDay(date: IsoDate, locale: "nl" | "en", style: keyof typeof styles = "long"): string {
  const key = `${locale}:${style}`;
  let f = displayFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { timeZone: "UTC", ...styles[style] });
    displayFormatters.set(key, f);
  }
  return f.format(dateForDisplay(date));
}
