import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigate, useSearchParams } from "@remix-run/react";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import fcSkeleton from "@fullcalendar/react/skeleton.css";
import fcTheme from "@fullcalendar/react/themes/classic/theme.css";
import fcPalette from "@fullcalendar/react/themes/classic/palette.css";
import { ErrorPage } from "~/components/error-page";
import { CalendarList } from "~/components/calendar/calendar-list";
import { itemLabel } from "~/components/calendar/item-label";
import { RoomDayGrid, slotAnchor } from "~/components/calendar/room-day-grid";
import { LinkButton } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { type CalendarItem, calendarPage, isStaff } from "~/modules/rooms/index.server";
import calendarStyles from "~/styles/calendar.css";
import { formatWhen } from "~/utils/dates";
import { pageTitle } from "~/utils/meta";
import { isIsoDate } from "~/utils/calendar";
import { toLocalParts, todayIn } from "~/utils/zoned-time";

const RoomCalendar = lazy(() => import("~/components/calendar/room-calendar.client"));

export const meta = pageTitle("calendar.title");
export const links: LinksFunction = () => [fcSkeleton, fcTheme, fcPalette, calendarStyles].map((href) => ({ rel: "stylesheet", href }));

export async function loader(args: LoaderFunctionArgs) {
  const { user, werkplaats, roles } = requireRole(args, "member", "staff", "manager");
  const params = new URL(args.request.url).searchParams;
  const list = params.get("view") === "list";
  const byRoom = params.get("view") === "rooms";
  const date = params.get("date") ?? "";
  const timeZone = werkplaats.timezone;
  const today = todayIn(new Date(), timeZone);
  const week = isIsoDate(date) ? date : today;
  const page = await calendarPage(
    werkplaats.id,
    { id: user.id, roles },
    { roomId: params.get("room") ?? undefined, listWeekOf: list ? week : undefined, roomsOn: byRoom ? week : undefined },
    timeZone,
  );
  return { ...page, week, today, timeZone, staff: isStaff(roles) };
}

function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

export default function CalendarPage() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const hydrated = useHydrated();
  const [selected, setSelected] = useState<CalendarItem | null>(null);
  // FullCalendar reports the selection while it is being dragged; the form opens on release.
  const pending = useRef<{ start: Date; end: Date } | null>(null);
  useEffect(() => {
    const release = () =>
      setTimeout(() => {
        const slot = pending.current;
        if (!slot) return;
        pending.current = null;
        const s = toLocalParts(slot.start, data.timeZone);
        const e = toLocalParts(slot.end, data.timeZone);
        // Over all rooms a drag cannot say which room: the per-room view of that day answers it.
        if (!data.roomId) {
          navigate(`/calendar?view=rooms&date=${s.date}#${slotAnchor(s.time)}`);
          return;
        }
        const q = new URLSearchParams({ date: s.date, start: s.time, end: e.date === s.date ? e.time : "" });
        if (data.roomId) q.set("room", data.roomId);
        navigate(`/bookings/new?${q.toString()}`);
      }, 60);
    // Capture phase: the calendar stops the event from bubbling; it reports the final selection just after.
    window.addEventListener("pointerup", release, true);
    window.addEventListener("touchend", release, true);
    return () => {
      window.removeEventListener("pointerup", release, true);
      window.removeEventListener("touchend", release, true);
    };
  }, [data.roomId, data.timeZone, navigate]);
  const view = params.get("view");
  const listView = view === "list";
  const roomsView = view === "rooms";
  const roomQuery = data.roomId ? `room=${data.roomId}&` : "";
  // A phone gets one day at a time unless a view was asked for.
  const narrow = hydrated && window.matchMedia("(max-width: 640px)").matches;
  const initialView =
    params.get("cal") === "month"
      ? "dayGridMonth"
      : params.get("cal") === "day" || (!params.get("cal") && narrow)
        ? "timeGridDay"
        : "timeGridWeek";
  const initialDate = isIsoDate(params.get("date") ?? "") ? (params.get("date") as string) : undefined;

  return (
    <div>
      <PageHeader
        title={t("calendar.title")}
        intro={t("calendar.intro")}
        actions={<LinkButton to={`/bookings/new${data.roomId ? `?room=${data.roomId}` : ""}`}>{t("calendar.newBooking")}</LinkButton>}
      />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        {/* The per-room view shows every room side by side: no room to choose. */}
        {roomsView ? (
          <span />
        ) : (
          <Form method="get" className="flex flex-wrap items-end gap-2">
            {listView ? <input type="hidden" name="view" value="list" /> : null}
            {listView ? <input type="hidden" name="date" value={data.week} /> : null}
            <div>
              <label htmlFor="room" className="mb-1 block font-semibold">
                {t("calendar.room")}
              </label>
              <select
                id="room"
                name="room"
                className="input"
                defaultValue={data.roomId ?? ""}
                onChange={(e) => e.currentTarget.form?.requestSubmit()}
              >
                <option value="">{t("calendar.allRooms")}</option>
                {data.rooms.map((r) => (
                  <option key={r.id} value={r.id}>
                    {t("calendar.roomOption", { name: r.name, capacity: r.capacity })}
                  </option>
                ))}
              </select>
            </div>
            <noscript>
              <button type="submit" className="btn-secondary">
                {t("calendar.show")}
              </button>
            </noscript>
          </Form>
        )}
        <nav aria-label={t("calendar.viewChoice")} className="flex gap-2">
          <Link
            to={`?${roomQuery}`}
            aria-current={!listView && !roomsView ? "page" : undefined}
            className={!listView && !roomsView ? "btn-primary btn-small" : "btn-secondary btn-small"}
          >
            {t("calendar.gridView")}
          </Link>
          <Link
            to="?view=rooms"
            aria-current={roomsView ? "page" : undefined}
            className={roomsView ? "btn-primary btn-small" : "btn-secondary btn-small"}
          >
            {t("calendar.roomsView")}
          </Link>
          <Link
            to={`?${roomQuery}view=list`}
            aria-current={listView ? "page" : undefined}
            className={listView ? "btn-primary btn-small" : "btn-secondary btn-small"}
          >
            {t("calendar.listView")}
          </Link>
        </nav>
      </div>

      {roomsView && data.day ? (
        <>
          <Legend staff={data.staff} free />
          <RoomDayGrid day={data.day} today={data.today} timeZone={data.timeZone} />
        </>
      ) : listView && data.list ? (
        <CalendarList monday={data.list.monday} items={data.list.items} roomQuery={roomQuery} today={data.today} timeZone={data.timeZone} />
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-700">{t("calendar.howTo")}</p>
          <Legend staff={data.staff} />
          <div className="wp-calendar card p-2 sm:p-4">
            {hydrated ? (
              <Suspense fallback={<p className="p-6 text-slate-700">{t("common.loading")}</p>}>
                <RoomCalendar
                  timeZone={data.timeZone}
                  locale={locale}
                  roomId={data.roomId}
                  initialView={initialView}
                  initialDate={initialDate}
                  labels={{
                    taken: t("calendar.taken"),
                    block: t("calendar.block"),
                    own: t("calendar.own"),
                  }}
                  onSelect={(start, end) => {
                    pending.current = { start, end };
                  }}
                  onOpen={setSelected}
                  onRange={() => setSelected(null)}
                />
              </Suspense>
            ) : (
              <p className="p-6 text-slate-700">{t("common.loading")}</p>
            )}
          </div>
          <div aria-live="polite" className="mt-4">
            {selected ? <ItemDetails item={selected} timeZone={data.timeZone} /> : null}
          </div>
        </>
      )}
    </div>
  );
}

/** Every colour the view can show: staff also see members' bookings by name; the day view has free cells. */
function Legend({ staff, free = false }: { staff: boolean; free?: boolean }) {
  const t = useT();
  const items = [
    ["bg-green-800 outline-2 outline-green-950", "calendar.legend.own"],
    staff ? (["bg-blue-800", "calendar.legend.booking"] as const) : null,
    ["bg-slate-500", "calendar.legend.taken"],
    ["bg-violet-700", "calendar.legend.event"],
    ["bg-red-900", "calendar.legend.block"],
    free ? (["border border-slate-400 bg-white", "calendar.legend.free"] as const) : null,
  ].filter((item) => item !== null);
  return (
    <ul className="mb-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800" aria-label={t("calendar.legend")}>
      {items.map(([cls, key]) => (
        <li key={key} className="flex items-center gap-1.5">
          <span aria-hidden className={`inline-block h-3 w-3 rounded-sm ${cls}`} />
          {t(key)}
        </li>
      ))}
    </ul>
  );
}

function ItemDetails({ item, timeZone }: { item: CalendarItem; timeZone: string }) {
  const t = useT();
  const locale = useLocale();
  const what = itemLabel(item, { taken: t("calendar.taken"), block: t("calendar.block"), own: t("calendar.own") });
  return (
    <section className="card" aria-labelledby="item-title">
      <h2 id="item-title" className="text-lg font-bold">
        {what}
      </h2>
      <p className="mt-1 text-slate-700">
        {/* An activity over several days: all its days, not just the one clicked. */}
        {formatWhen(item.days?.[0]?.start ?? item.start, item.days?.at(-1)?.end ?? item.end, locale, timeZone)}
        {item.roomName ? ` · ${item.roomName}` : ""}
        {item.person && item.type !== "own" ? ` · ${item.person}` : ""}
      </p>
      {item.href ? (
        <p className="mt-3">
          <Link to={item.href} className="btn-secondary btn-small">
            {t("calendar.openItem")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

export const ErrorBoundary = ErrorPage;
