import { addDays, daysBetween, isoWeekOf, type IsoDate } from "~/utils/calendar";
import { todayIn, wallClock, zonedToUtc } from "~/utils/zoned-time";

/** Flex reservation rules without I/O: the cancellation deadline, the booking window, the weekly limit. */

/** A reservation can be cancelled until 09:00 (Europe/Amsterdam) on its day. */
const CANCEL_UNTIL_HOUR = 9;

/** How far ahead a member can reserve a flex spot. */
const BOOKING_WINDOW_DAYS = 56;

export function cancelDeadline(day: IsoDate): Date {
  return zonedToUtc(day, wallClock(CANCEL_UNTIL_HOUR));
}

export function canCancel(day: IsoDate, now: Date): boolean {
  return now.getTime() < cancelDeadline(day).getTime();
}

export type DayProblem = "past" | "tooFarAhead";

/** A reservation is for today or a later day within the booking window. */
export function reservableDayProblem(day: IsoDate, today: IsoDate): DayProblem | undefined {
  if (day < today) return "past";
  if (daysBetween(today, day) > BOOKING_WINDOW_DAYS) return "tooFarAhead";
  return undefined;
}

/**
 * Whether one more day in the day's ISO week stays within the plan's access days per week, given
 * the days already reserved in that week (another reservation on the same day does not count twice).
 */
export function withinWeeklyLimit(accessDaysPerWeek: number | null, reservedDays: readonly IsoDate[], day: IsoDate): boolean {
  if (accessDaysPerWeek === null) return true;
  const { start, end } = isoWeekOf(day);
  const inWeek = new Set(reservedDays.filter((d) => d >= start && d <= end && d !== day));
  return inWeek.size < accessDaysPerWeek;
}

/** The Monday–Sunday of a day's week, for the query that feeds withinWeeklyLimit. */
export function weekBounds(day: IsoDate) {
  return isoWeekOf(day);
}

/** The next `count` days from today, for the reservation form. */
export function upcomingDays(today: IsoDate, count = 14): IsoDate[] {
  return Array.from({ length: count }, (_, i) => addDays(today, i));
}

/**
 * Day passes that are not paid (there is no online payment yet) hold their flex spot until 10:00
 * on their day. A pass not checked in at the reception by then no longer counts for capacity:
 * its spot is free for others (decision 029).
 */
export const UNPAID_HOLD_UNTIL_HOUR = 10;

/** How many unpaid day passes from today on one guest (account or email address) may hold. */
export const MAX_UNPAID_PASSES = 3;

/** The last day whose unpaid, unchecked passes have released their spot at `now`. */
export function unpaidReleasedThrough(now: Date): IsoDate {
  const today = todayIn(now);
  return now.getTime() >= zonedToUtc(today, wallClock(UNPAID_HOLD_UNTIL_HOUR)).getTime() ? today : addDays(today, -1);
}
