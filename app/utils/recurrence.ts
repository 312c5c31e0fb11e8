import { addDays, isIsoDate } from "./calendar";
import { zonedToUtc } from "./zoned-time";

const MAX_OCCURRENCES = 52;

export type Occurrence = { date: string; start: Date; end: Date };

/**
 * Weekly occurrences of a local time slot: the wall-clock time stays the same (09:00 stays
 * 09:00 across the daylight-saving switches), so the UTC instants shift by an hour twice a year.
 * Either `weeks` (including the first) or `until` (a last local date, inclusive) ends it.
 */
export function weeklyOccurrences(input: {
  date: string;
  startTime: string;
  endTime: string;
  weeks?: number;
  until?: string;
}): Occurrence[] {
  if (!isIsoDate(input.date)) return [];
  const out: Occurrence[] = [];
  for (let i = 0; i < MAX_OCCURRENCES; i++) {
    const date = addDays(input.date, 7 * i);
    if (input.weeks !== undefined && i >= input.weeks) break;
    if (input.until !== undefined && date > input.until) break;
    if (input.weeks === undefined && input.until === undefined && i > 0) break;
    out.push({ date, start: zonedToUtc(date, input.startTime), end: zonedToUtc(date, input.endTime) });
  }
  return out;
}
