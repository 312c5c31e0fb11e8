import type { Locale } from "~/modules/i18n";
import { formatDateTime, formatTime } from "./dates";
import { toLocalParts } from "./zoned-time";

/** "di 1 dec. 2026, 09:00–10:30" (or across days, both in full), in the reader's language. */
export function whenText(start: Date, end: Date, locale: Locale): string {
  const sameDay = toLocalParts(start).date === toLocalParts(end).date;
  return sameDay
    ? `${formatDateTime(start, locale)}–${formatTime(end, locale)}`
    : `${formatDateTime(start, locale)} – ${formatDateTime(end, locale)}`;
}
