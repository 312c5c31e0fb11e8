import { TIME_ZONE } from "./dates";

/**
 * Calendar dates ("2026-11-27") as plain strings, the way `date` columns arrive from drizzle.
 * Arithmetic runs in UTC on the date alone, so no time zone or daylight saving can shift a day.
 * Only `todayIn` and `zonedInstant` know about Europe/Amsterdam.
 */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string") return false;
  const m = ISO.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return toIsoDate(d) === value;
}

function parts(date: IsoDate) {
  const m = ISO.exec(date);
  if (!m) throw new Error(`not an ISO date: ${date}`);
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

export function toIsoDate(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

function utc(date: IsoDate) {
  const { y, m, d } = parts(date);
  return new Date(Date.UTC(y, m - 1, d));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = utc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return toIsoDate(d);
}

/** Calendar months later; the day is clamped to the month's end (31 January + 1 month = 28/29 February). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { y, m, d } = parts(date);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return toIsoDate(target);
}

export function maxDate(...dates: IsoDate[]): IsoDate {
  return dates.reduce((a, b) => (b > a ? b : a));
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

const dayFormatters = new Map<string, Intl.DateTimeFormat>();
function dayFormatter(timeZone: string) {
  let f = dayFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormatters.set(timeZone, f);
  }
  return f;
}

/** The calendar date it is now in the werkplaats' zone (a member in Dordrecht at 00:30 is on the new day). */
export function todayIn(now: Date = new Date(), timeZone = TIME_ZONE): IsoDate {
  return dayFormatter(timeZone).format(now);
}

function offsetMinutes(instant: Date, timeZone: string) {
  const f = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  const p = Object.fromEntries(f.formatToParts(instant).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** The UTC instant of a wall-clock time on a date in the zone (09:00 in Dordrecht is 08:00 or 07:00 UTC). */
export function zonedInstant(date: IsoDate, hour: number, minute = 0, timeZone = TIME_ZONE): Date {
  const { y, m, d } = parts(date);
  const guess = new Date(Date.UTC(y, m - 1, d, hour, minute));
  const first = new Date(guess.getTime() - offsetMinutes(guess, timeZone) * 60_000);
  // A second pass settles the rare case where the offset differs at the guessed instant.
  return new Date(guess.getTime() - offsetMinutes(first, timeZone) * 60_000);
}

/** "2026-11-27" → 27 November 2026 at noon UTC, safe to format as a date in any European zone. */
export function dateForDisplay(date: IsoDate): Date {
  const { y, m, d } = parts(date);
  return new Date(Date.UTC(y, m - 1, d, 12));
}

const displayFormatters = new Map<string, Intl.DateTimeFormat>();
const styles = {
  long: { day: "numeric", month: "long", year: "numeric" },
  weekday: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
  short: { weekday: "short", day: "numeric", month: "short" },
  month: { month: "long", year: "numeric" },
  monthShort: { month: "short" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/** A calendar date as text: "27 november 2026", "vrijdag 27 november 2026", "vr 27 nov.", "november 2026". */
export function formatDay(date: IsoDate, locale: "nl" | "en", style: keyof typeof styles = "long"): string {
  const key = `${locale}:${style}`;
  let f = displayFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { timeZone: "UTC", ...styles[style] });
    displayFormatters.set(key, f);
  }
  return f.format(dateForDisplay(date));
}

/** "2026-03-01" → "01-03-2026": the Dutch numeric form, for dates inside messages built on the server. */
export function numericDate(date: IsoDate): string {
  const { y, m, d } = parts(date);
  return `${String(d).padStart(2, "0")}-${String(m).padStart(2, "0")}-${y}`;
}
