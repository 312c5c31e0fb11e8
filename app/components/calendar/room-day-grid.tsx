import { Link } from "@remix-run/react";
import { itemLabel } from "./item-label";
import { useLocale, useT } from "~/modules/i18n";
import type { RoomDay } from "~/modules/rooms";
import type { CalendarItem } from "~/modules/rooms/index.server";
import { addDays, formatDay } from "~/utils/calendar";
import { formatTime } from "~/utils/dates";

/** The id of a half hour's row, so a link can land on it ("14:00" → "t-1400"). */
export function slotAnchor(time: string) {
  const [h = "00", m = "00"] = time.split(":");
  return `t-${h}${Math.floor(Number(m) / 30) === 0 ? "00" : "30"}`;
}

/**
 * The per-room day view, rendered on the server: rooms as columns, half hours down the side.
 * Every free half hour is a link to the booking form for that room and time, so the grid works
 * with a keyboard and a screen reader as well as with a mouse.
 */
export function RoomDayGrid({ day, today, timeZone }: { day: RoomDay; today: string; timeZone: string }) {
  const t = useT();
  const locale = useLocale();
  const label = (item: CalendarItem) => itemLabel(item, { taken: t("calendar.taken"), block: t("calendar.block"), own: t("calendar.own") });
  const dayLink = (date: string) => `?view=rooms&date=${date}`;
  return (
    <div className="space-y-4">
      <nav aria-label={t("calendar.dayNav")} className="flex flex-wrap items-center gap-2">
        <Link className="btn-secondary btn-small" to={dayLink(addDays(day.date, -1))}>
          {t("calendar.previousDay")}
        </Link>
        <Link className="btn-secondary btn-small" to={dayLink(today)}>
          {t("calendar.today")}
        </Link>
        <Link className="btn-secondary btn-small" to={dayLink(addDays(day.date, 1))}>
          {t("calendar.nextDay")}
        </Link>
      </nav>
      {day.columns.length === 0 ? (
        <p className="card text-slate-700">{t("calendar.noRooms")}</p>
      ) : (
        // The table scrolls on its own when the rooms do not fit a phone; the time column stays in view.
        <div className="wp-room-day card overflow-x-auto p-0">
          <table className="w-full border-collapse text-sm">
            <caption className="p-3 text-left text-lg font-bold first-letter:uppercase">
              {formatDay(day.date, locale, "dayHeading")}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="sticky left-0 z-10 bg-white p-2 text-left">
                  {t("calendar.col.time")}
                </th>
                {day.columns.map(({ room }) => (
                  <th key={room.id} scope="col" className="min-w-28 p-2 text-left">
                    {room.name}
                    <span className="block text-xs font-normal text-slate-600">{t("calendar.capacity", { capacity: room.capacity })}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {day.times.map((time) => (
                <tr key={time} id={slotAnchor(time)} className="scroll-mt-24 border-t border-slate-200">
                  <th scope="row" className="sticky left-0 z-10 bg-white px-2 py-1 text-left font-normal whitespace-nowrap text-slate-700">
                    {time}
                  </th>
                  {day.columns.map(({ room, cells }) => {
                    const cell = cells.find((c) => c.time === time);
                    // Rows covered by a cell that started higher up render nothing.
                    if (!cell) return null;
                    if (cell.kind === "closed")
                      return (
                        <td key={room.id} rowSpan={cell.rows} className="wp-closed px-2 py-1 align-top text-slate-600">
                          {t("calendar.closed")}
                        </td>
                      );
                    if (cell.kind === "item")
                      return (
                        <td key={room.id} rowSpan={cell.rows} className={`wp-item-${cell.item.type} px-2 py-1 align-top`}>
                          <span className="wp-title font-semibold">
                            {cell.item.href ? <Link to={cell.item.href}>{label(cell.item)}</Link> : label(cell.item)}
                          </span>
                          <span className="block text-xs">
                            {formatTime(cell.item.start, locale, timeZone)}–{formatTime(cell.item.end, locale, timeZone)}
                          </span>
                        </td>
                      );
                    const q = new URLSearchParams({ room: room.id, date: day.date, start: cell.time, end: cell.end });
                    return (
                      <td key={room.id} className="p-0">
                        {cell.past ? (
                          <span className="sr-only">{t("calendar.past")}</span>
                        ) : (
                          <Link
                            to={`/bookings/new?${q.toString()}`}
                            className="wp-free block min-h-8 px-2 py-1 max-sm:min-h-11 text-slate-500 no-underline"
                            aria-label={t("calendar.bookSlot", { room: room.name, time: cell.time })}
                          >
                            {t("calendar.free")}
                          </Link>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {day.online.length > 0 ? (
        <section className="card" aria-labelledby="online-that-day">
          <h2 id="online-that-day" className="font-bold">
            {t("calendar.onlineThatDay")}
          </h2>
          <ul className="mt-1">
            {day.online.map((item) => (
              <li key={item.id}>
                {formatTime(item.start, locale, timeZone)}–{formatTime(item.end, locale, timeZone)}{" "}
                {item.href ? <Link to={item.href}>{label(item)}</Link> : label(item)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
