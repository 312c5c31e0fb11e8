import { addDays, daysBetween, type IsoDate } from "./calendar";
import { toLocalParts, TIME_ZONE, zonedToUtc } from "./zoned-time";

/** One day of an activity, within that day's hours. */
export type ActivityDay = { date: IsoDate; start: Date; end: Date };

/**
 * The days an activity is on, each within its daily hours. A two-day hackathon from Saturday
 * 09:00 to Sunday 17:00 is on Saturday 09:00–17:00 and Sunday 09:00–17:00: the room stays
 * reserved overnight (booking it then is refused), but nobody is there, so every view (list,
 * week, day, details) shows the two days and not one stretch through the night. Something that
 * ends at an earlier clock time than it starts (an evening into the night) is one stretch.
 */
export function activityDays(start: Date, end: Date, zone = TIME_ZONE): ActivityDay[] {
  const from = toLocalParts(start, zone);
  const until = toLocalParts(end, zone);
  if (from.date === until.date || until.minutes <= from.minutes) return [{ date: from.date, start, end }];
  return Array.from({ length: daysBetween(from.date, until.date) + 1 }, (_, i) => {
    const date = addDays(from.date, i);
    return { date, start: zonedToUtc(date, from.time, zone), end: zonedToUtc(date, until.time, zone) };
  });
}
