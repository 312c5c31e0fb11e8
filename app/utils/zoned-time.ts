import { isIsoDate, type IsoDate } from "./calendar";

/**
 * Wall-clock time in a named zone ↔ UTC instants, without a date library. Times are entered and
 * shown in the werkplaats' zone and stored in UTC; these are the only conversions. Every function
 * takes the zone; without one it is TIME_ZONE.
 */

/** The zone of a werkplaats that has not chosen another one (werkplaatsen.timezone has the same default). */
export const TIME_ZONE = "Europe/Amsterdam";

/** True for a zone name the runtime knows ("Europe/Amsterdam", "UTC"), false for anything else. */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export type LocalParts = { date: string; time: string; weekday: number; minutes: number };

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(zone: string) {
  let f = partsFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      weekday: "short",
    });
    partsFormatters.set(zone, f);
  }
  return f;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The wall-clock date ("YYYY-MM-DD"), time ("HH:MM"), ISO weekday and minutes since midnight of an instant. */
export function toLocalParts(instant: Date, zone = TIME_ZONE): LocalParts {
  const t = instant.getTime();
  const offset = hourOffset(t, zone);
  if (offset === null) return intlParts(instant, zone).parts;
  // The offset holds for the whole UTC hour: the wall clock is plain arithmetic on the instant.
  const local = new Date(t + offset);
  const year = local.getUTCFullYear();
  if (year < 1000 || year > 9999) return intlParts(instant, zone).parts;
  const hour = local.getUTCHours();
  const minute = local.getUTCMinutes();
  const date = `${year}-${pad2(local.getUTCMonth() + 1)}-${pad2(local.getUTCDate())}`;
  return { date, time: `${pad2(hour)}:${pad2(minute)}`, weekday: local.getUTCDay() || 7, minutes: hour * 60 + minute };
}

function pad2(n: number) {
  return n < 10 ? `0${n}` : String(n);
}

/** The wall-clock parts from Intl, and the zone's offset at that second in milliseconds. */
function intlParts(instant: Date, zone: string): { parts: LocalParts; offsetMs: number } {
  const p = Object.fromEntries(
    partsFormatter(zone)
      .formatToParts(instant)
      .map((x) => [x.type, x.value]),
  );
  const hour = Number(p.hour);
  const minute = Number(p.minute);
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), hour, minute, Number(p.second));
  return {
    parts: {
      date: `${p.year}-${p.month}-${p.day}`,
      time: `${p.hour}:${p.minute}`,
      weekday: WEEKDAYS[p.weekday!] ?? 0,
      minutes: hour * 60 + minute,
    },
    offsetMs: asUtc - Math.floor(instant.getTime() / 1000) * 1000,
  };
}

/**
 * Intl's formatToParts costs microseconds per call and a calendar answer makes thousands, so the
 * zone's offset is kept per UTC hour: asked of Intl at the hour's first and last second, and kept
 * only when both agree (no switch inside that hour). An hour with a switch in it is answered by
 * Intl every time: null here.
 */
const HOUR_MS = 3_600_000;
const offsetsByZone = new Map<string, Map<number, number | null>>();
function hourOffset(t: number, zone: string): number | null {
  let hours = offsetsByZone.get(zone);
  if (!hours) {
    hours = new Map();
    offsetsByZone.set(zone, hours);
  }
  const hour = Math.floor(t / HOUR_MS);
  let offset = hours.get(hour);
  if (offset === undefined) {
    const first = intlParts(new Date(hour * HOUR_MS), zone).offsetMs;
    const last = intlParts(new Date(hour * HOUR_MS + HOUR_MS - 1000), zone).offsetMs;
    offset = first === last ? first : null;
    // A bounded memory: far more hours than any page asks about (a year is 8,760).
    if (hours.size >= 50_000) hours.clear();
    hours.set(hour, offset);
  }
  return offset;
}

/** Offset of the zone from UTC at an instant, in minutes (Amsterdam: 60 in winter, 120 in summer). */
function zoneOffsetMinutes(instant: Date, zone = TIME_ZONE): number {
  const p = toLocalParts(instant, zone);
  const [y, m, d] = p.date.split("-").map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, m - 1, d, Math.floor(p.minutes / 60), p.minutes % 60, instant.getUTCSeconds());
  return Math.round((asUtc - instant.getTime()) / 60000);
}

export const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The calendar date it is now in the zone (a member in Dordrecht at 00:30 is on the new day). */
export function todayIn(now: Date = new Date(), zone = TIME_ZONE): IsoDate {
  return toLocalParts(now, zone).date;
}

/**
 * The instant a wall-clock date and time happen in the zone. In the spring gap (02:30 on the
 * last Sunday of March does not exist) it moves forward by the gap; in the autumn overlap it
 * takes the first (summer-time) occurrence.
 */
export function zonedToUtc(date: IsoDate, time: string, zone = TIME_ZONE): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // Try the offsets in force around that wall time; keep the earliest one that maps back to it.
  const candidates = [zoneOffsetMinutes(new Date(wall - 86400_000), zone), zoneOffsetMinutes(new Date(wall + 86400_000), zone)];
  const hits = [...new Set(candidates)]
    .map((offset) => wall - offset * 60000)
    .filter((t) => {
      const p = toLocalParts(new Date(t), zone);
      return p.date === date && p.time === time;
    })
    .sort((a, b) => a - b);
  if (hits.length > 0) return new Date(hits[0]!);
  // In the gap: the wall time does not exist; use the offset from before the switch.
  return new Date(wall - Math.min(...candidates) * 60000);
}

/** The first day of the local month an instant falls in, "YYYY-MM-01". */
export function localMonthStart(instant: Date, zone = TIME_ZONE): string {
  return `${toLocalParts(instant, zone).date.slice(0, 7)}-01`;
}

/** Minutes since midnight for "HH:MM". */
export function minutesOf(time: string): number {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

/** "HH:MM" for an hour and minutes on one day; minutes past 59 carry into the hour (8, 75 → "09:15"). */
export function wallClock(hour: number, minute = 0): string {
  const total = hour * 60 + minute;
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

/**
 * An instant from a URL parameter: ISO with an offset or "Z", or a date or
 * date-time in the zone without one (as calendars send for a named time zone). Null for anything else.
 */
export function parseInstant(value: string, zone = TIME_ZONE): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (!m || !isIsoDate(m[1]!)) return null;
  const [, date, time = "00:00", seconds = "00", offset] = m;
  if (!TIME_RE.test(time) || Number(seconds) > 59) return null;
  if (offset) {
    const d = new Date(value);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  return new Date(zonedToUtc(date!, time, zone).getTime() + Number(seconds) * 1000);
}
