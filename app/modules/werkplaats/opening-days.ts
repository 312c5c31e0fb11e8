import { addDays, isoWeekday, type IsoDate } from "~/utils/calendar";

/** Opening days without I/O: the Dutch public holidays and why a day is closed. */

export type Holiday = { day: IsoDate; name: string };

const iso = (y: number, m: number, d: number): IsoDate => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

/**
 * The Dutch public holidays a werkplaats closes on, in date order. Goede Vrijdag is left out (it is
 * not a day off for most people); Bevrijdingsdag only in lustrum years (2025, 2030 …), when it is a
 * day off for nearly everyone. Koningsdag moves to the 26th when the 27th is a Sunday.
 */
export function dutchPublicHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const kingsDay = isoWeekday(iso(year, 4, 27)) === 7 ? iso(year, 4, 26) : iso(year, 4, 27);
  const days: Holiday[] = [
    { day: iso(year, 1, 1), name: "Nieuwjaarsdag" },
    { day: easter, name: "Eerste Paasdag" },
    { day: addDays(easter, 1), name: "Tweede Paasdag" },
    { day: kingsDay, name: "Koningsdag" },
    ...(year % 5 === 0 ? [{ day: iso(year, 5, 5), name: "Bevrijdingsdag" }] : []),
    { day: addDays(easter, 39), name: "Hemelvaartsdag" },
    { day: addDays(easter, 49), name: "Eerste Pinksterdag" },
    { day: addDays(easter, 50), name: "Tweede Pinksterdag" },
    { day: iso(year, 12, 25), name: "Eerste Kerstdag" },
    { day: iso(year, 12, 26), name: "Tweede Kerstdag" },
  ];
  return days.sort((x, y) => x.day.localeCompare(y.day));
}

export type ClosedReason = { kind: "weekday"; weekday: number } | { kind: "day"; reason: string };

/** Why the werkplaats is closed on a day (a closed day set by the manager wins), or null when open. */
export function closedReason(
  day: IsoDate,
  closedWeekdays: readonly number[],
  closedDays: ReadonlyMap<IsoDate, string>,
): ClosedReason | null {
  const special = closedDays.get(day);
  if (special !== undefined) return { kind: "day", reason: special };
  const weekday = isoWeekday(day);
  return closedWeekdays.includes(weekday) ? { kind: "weekday", weekday } : null;
}
