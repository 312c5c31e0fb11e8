import { Link } from "@remix-run/react";
import { itemLabel } from "./item-label";
import { StatusBadge } from "~/components/ui/status-badge";
import { useLocale, useT } from "~/modules/i18n";
import type { CalendarItem } from "~/modules/rooms/index.server";
import { formatTime } from "~/utils/dates";
import { addDays, formatDay } from "~/utils/calendar";
import { toLocalParts } from "~/utils/zoned-time";

/** The week as a plain list: one heading per day, a table of what is on; works without a mouse. */
export function CalendarList({
  monday,
  items,
  roomQuery,
  today,
  timeZone,
}: {
  monday: string;
  items: CalendarItem[];
  roomQuery: string;
  today: string;
  timeZone: string;
}) {
  const t = useT();
  const locale = useLocale();
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const label = (item: CalendarItem) => itemLabel(item, { taken: t("calendar.taken"), block: t("calendar.block"), own: t("calendar.own") });
  const tone = { own: "good", taken: "neutral", booking: "info", block: "bad", event: "info" } as const;
  return (
    <div className="space-y-4">
      <nav aria-label={t("calendar.weekNav")} className="flex flex-wrap items-center gap-2">
        <Link className="btn-secondary btn-small" to={`?${roomQuery}view=list&date=${addDays(monday, -7)}`}>
          {t("calendar.previousWeek")}
        </Link>
        <Link className="btn-secondary btn-small" to={`?${roomQuery}view=list&date=${today}`}>
          {t("calendar.thisWeek")}
        </Link>
        <Link className="btn-secondary btn-small" to={`?${roomQuery}view=list&date=${addDays(monday, 7)}`}>
          {t("calendar.nextWeek")}
        </Link>
        <span className="ml-2 font-semibold">{t("calendar.weekOf", { date: formatDay(monday, locale) })}</span>
      </nav>
      {days.map((day) => {
        const dayItems = items.filter((i) => toLocalParts(new Date(i.start), timeZone).date === day);
        return (
          <section key={day} className="card" aria-labelledby={`day-${day}`}>
            <h2 id={`day-${day}`} className="text-lg font-bold first-letter:uppercase">
              {formatDay(day, locale, "dayHeading")}
            </h2>
            {dayItems.length === 0 ? (
              <p className="mt-1 text-slate-700">{t("calendar.nothing")}</p>
            ) : (
              <table className="data-table mt-2">
                <thead>
                  <tr>
                    <th scope="col">{t("calendar.col.time")}</th>
                    <th scope="col">{t("calendar.col.room")}</th>
                    <th scope="col">{t("calendar.col.what")}</th>
                  </tr>
                </thead>
                <tbody>
                  {dayItems.map((item) => (
                    <tr key={item.id}>
                      <td className="whitespace-nowrap">
                        {formatTime(item.start, locale, timeZone)}–{formatTime(item.end, locale, timeZone)}
                      </td>
                      <td>{item.roomName ?? t("calendar.online")}</td>
                      <td>
                        {item.type === "taken" ? null : (
                          <span className="mr-2">{item.href ? <Link to={item.href}>{label(item)}</Link> : label(item)}</span>
                        )}
                        <StatusBadge tone={tone[item.type]}>{t(`calendar.type.${item.type}`)}</StatusBadge>
                        {item.days ? (
                          <span className="ml-2 text-sm text-slate-700">
                            {t("calendar.dayOf", { day: item.days.findIndex((d) => d.start === item.start) + 1, days: item.days.length })}
                          </span>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <p className="mt-2 text-sm">
              <Link to={`/bookings/new?${roomQuery.replace("room=", "room=")}date=${day}`}>{t("calendar.bookThisDay")}</Link>
            </p>
          </section>
        );
      })}
    </div>
  );
}
