/**
 * The primitives of calendar dates as "YYYY-MM-DD" strings, shared by calendar.ts (date
 * arithmetic) and zoned-time.ts (wall-clock time ↔ UTC instants).
 */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parts(date: IsoDate) {
  const m = ISO.exec(date);
  if (!m) throw new Error(`not an ISO date: ${date}`);
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

export function toIsoDate(d: Date): IsoDate {
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
