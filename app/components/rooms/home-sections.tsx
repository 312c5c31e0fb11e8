import { Link } from "@remix-run/react";
import { localised } from "~/components/events/event-bits";
import { LinkButton } from "~/components/ui/button";
import { useLocale, useT } from "~/modules/i18n";
import { formatDateTime, formatTime } from "~/utils/dates";
import { formatMoney } from "~/utils/money";

type Data = {
  books: boolean;
  staff: boolean;
  myBookings: { id: string; startsAt: string | Date; endsAt: string | Date; roomName: string; title: string }[];
  ledger: { chargeableCents: number } | null;
  nextEvents: { id: string; titleNl: string; titleEn: string | null; startsAt: string | Date; capacity: number; registered: number }[];
  counts: { today: number; week: number } | null;
};

/** Start-page sections: your next bookings, today's room use for staff, and what is on. */
export function RoomsAndEventsSections({ data }: { data: Data }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      {data.books ? (
        <section className="card" aria-labelledby="home-rooms">
          <h2 id="home-rooms" className="text-xl font-bold">
            {t("home.rooms.title")}
          </h2>
          {data.counts ? (
            <dl className="mt-3 grid grid-cols-2 gap-3">
              <div className="rounded-md border border-slate-200 bg-slate-50 p-3">
                <dt className="text-sm text-slate-700">{t("home.rooms.today")}</dt>
                <dd className="text-2xl font-bold">{data.counts.today}</dd>
              </div>
              <div className="rounded-md border border-slate-200 bg-slate-50 p-3">
                <dt className="text-sm text-slate-700">{t("home.rooms.week")}</dt>
                <dd className="text-2xl font-bold">{data.counts.week}</dd>
              </div>
            </dl>
          ) : null}
          <h3 className="mt-4 font-semibold">{t("home.rooms.upcoming")}</h3>
          {data.myBookings.length === 0 ? (
            <p className="mt-1 text-slate-700">{t("home.rooms.none")}</p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-200">
              {data.myBookings.map((b) => (
                <li key={b.id} className="py-2">
                  <Link to={`/bookings/${b.id}`}>
                    {formatDateTime(b.startsAt, locale)}–{formatTime(b.endsAt, locale)}
                  </Link>{" "}
                  · {b.roomName}
                  {b.title ? ` · ${b.title}` : ""}
                </li>
              ))}
            </ul>
          )}
          {data.ledger && data.ledger.chargeableCents > 0 ? (
            <p className="mt-2 text-sm text-slate-700">
              {t("home.rooms.chargeable")}: {formatMoney(data.ledger.chargeableCents, locale)}
            </p>
          ) : null}
          <div className="mt-4 flex flex-wrap gap-3">
            <LinkButton to="/bookings/new" small>
              {t("home.rooms.book")}
            </LinkButton>
            <LinkButton to={data.staff ? "/bookings?all=1" : "/bookings"} variant="secondary" small>
              {t("home.rooms.all")}
            </LinkButton>
          </div>
        </section>
      ) : null}
      <section className="card" aria-labelledby="home-events">
        <h2 id="home-events" className="text-xl font-bold">
          {t("home.events.title")}
        </h2>
        <h3 className="mt-3 font-semibold">{t("home.events.next")}</h3>
        {data.nextEvents.length === 0 ? (
          <p className="mt-1 text-slate-700">{t("home.events.none")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-200">
            {data.nextEvents.map((e) => (
              <li key={e.id} className="py-2">
                <Link to={data.staff ? `/admin/events/${e.id}/attendees` : `/events/${e.id}`}>
                  {localised({ ...e, descriptionNl: "", descriptionEn: null }, locale).title}
                </Link>
                <div className="text-sm text-slate-700">
                  {formatDateTime(e.startsAt, locale)} · {t("home.events.placesLine", { registered: e.registered, capacity: e.capacity })}
                </div>
              </li>
            ))}
          </ul>
        )}
        <div className="mt-4 flex flex-wrap gap-3">
          <LinkButton to="/events" variant="secondary" small>
            {t("home.events.all")}
          </LinkButton>
          {data.staff ? (
            <LinkButton to="/admin/events" variant="secondary" small>
              {t("home.events.manage")}
            </LinkButton>
          ) : null}
        </div>
      </section>
    </div>
  );
}
