import { intlLocale, type Locale } from "~/modules/i18n";
import { activityDays } from "./activity-days";
import { TIME_ZONE, toLocalParts } from "./zoned-time";

/** Instants as text for people: stored in UTC, shown in the werkplaats' zone. */

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, options: Intl.DateTimeFormatOptions, zone: string) {
  const key = locale + zone + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: zone, ...options });
    cache.set(key, f);
  }
  return f;
}

function toDate(value: Date | string): Date {
  return typeof value === "string" ? new Date(value) : value;
}

/** "27 november 2026" */
export function formatDate(value: Date | string, locale: Locale, zone = TIME_ZONE): string {
  return formatter(locale, { day: "numeric", month: "long", year: "numeric" }, zone).format(toDate(value));
}

/** "vr 27 nov. 2026, 14:30" */
export function formatDateTime(value: Date | string, locale: Locale, zone = TIME_ZONE): string {
  return formatter(
    locale,
    {
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
    },
    zone,
  ).format(toDate(value));
}

/** "14:30" */
export function formatTime(value: Date | string, locale: Locale, zone = TIME_ZONE): string {
  return formatter(locale, { hour: "2-digit", minute: "2-digit" }, zone).format(toDate(value));
}

/**
 * When something happens: "za 19 dec. 2026, 14:00–16:00" for one day; over several days every
 * day with its own hours ("za 19 dec. 2026, 09:00–17:00 en zo 20 dec. 2026, 09:00–17:00").
 */
export function formatWhen(start: Date | string, end: Date | string, locale: Locale, zone = TIME_ZONE): string {
  const days = activityDays(toDate(start), toDate(end), zone).map((d) => {
    const sameDay = toLocalParts(d.start, zone).date === toLocalParts(d.end, zone).date;
    return `${formatDateTime(d.start, locale, zone)}${sameDay ? "–" : " – "}${sameDay ? formatTime(d.end, locale, zone) : formatDateTime(d.end, locale, zone)}`;
  });
  return new Intl.ListFormat(intlLocale(locale), { style: "long", type: "conjunction" }).format(days);
}
