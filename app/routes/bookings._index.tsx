import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { BookingRow } from "~/components/rooms/booking-row";
import { LinkButton } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { intlLocale, type Locale, useLocale, useT } from "~/modules/i18n";
import { bookingsPage, isStaff } from "~/modules/rooms/index.server";
import { pageTitle } from "~/utils/meta";
import { formatMoney } from "~/utils/money";

export const meta = pageTitle("bookings.title");

export async function loader(args: LoaderFunctionArgs) {
  const { user, werkplaats, roles } = requireRole(args, "member", "staff", "manager");
  const everyone = new URL(args.request.url).searchParams.get("all") === "1" && isStaff(roles);
  const page = await bookingsPage(werkplaats.id, { id: user.id, roles }, { everyone });
  return { ...page, everyone, staff: isStaff(roles) };
}

const hours = (minutes: number, locale: Locale) => (minutes / 60).toLocaleString(intlLocale(locale), { maximumFractionDigits: 2 });

export default function Bookings() {
  const t = useT();
  const locale = useLocale();
  const { upcoming, past, ledger, everyone, staff } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const cancelled = params.get("cancelled");
  const head = (
    <thead>
      <tr>
        <th scope="col">{t("bookings.col.when")}</th>
        <th scope="col">{t("bookings.col.room")}</th>
        {everyone ? <th scope="col">{t("bookings.col.person")}</th> : null}
        <th scope="col">{t("bookings.col.title")}</th>
        <th scope="col" className="text-right">
          {t("bookings.col.charge")}
        </th>
        <th scope="col">{t("common.status")}</th>
      </tr>
    </thead>
  );
  return (
    <div className="space-y-6">
      <PageHeader
        title={everyone ? t("bookings.allTitle") : t("bookings.title")}
        intro={t(staff ? "bookings.introStaff" : "bookings.intro")}
        actions={
          <>
            <LinkButton to="/bookings/new">{t("calendar.newBooking")}</LinkButton>
            <LinkButton to="/calendar" variant="secondary">
              {t("nav.calendar")}
            </LinkButton>
          </>
        }
      />
      {cancelled ? (
        <div role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 px-4 py-3 text-green-950">
          {t(params.get("late") === "1" ? "bookings.cancelledLate" : "bookings.cancelledFree", { count: cancelled })}
        </div>
      ) : null}
      {staff ? (
        <p>
          {everyone ? <Link to="/bookings">{t("bookings.showMine")}</Link> : <Link to="/bookings?all=1">{t("bookings.showEveryone")}</Link>}
        </p>
      ) : null}
      {ledger && !everyone ? (
        <section className="card" aria-labelledby="ledger-title">
          <h2 id="ledger-title" className="text-xl font-bold">
            {t("bookings.ledger.title")}
          </h2>
          <dl className="mt-3 grid gap-3 sm:grid-cols-3">
            <div className="rounded-md border border-slate-200 bg-slate-50 p-4">
              <dt className="text-sm text-slate-700">{t("bookings.ledger.included")}</dt>
              <dd className="mt-1 text-2xl font-bold">{t("bookings.ledger.hours", { hours: hours(ledger.allowanceMinutes, locale) })}</dd>
            </div>
            <div className="rounded-md border border-slate-200 bg-slate-50 p-4">
              <dt className="text-sm text-slate-700">{t("bookings.ledger.left")}</dt>
              <dd className="mt-1 text-2xl font-bold">{t("bookings.ledger.hours", { hours: hours(ledger.leftMinutes, locale) })}</dd>
            </div>
            <div className="rounded-md border border-slate-200 bg-slate-50 p-4">
              <dt className="text-sm text-slate-700">{t("bookings.ledger.chargeable")}</dt>
              <dd className="mt-1 text-2xl font-bold">{formatMoney(ledger.chargeableCents, locale)}</dd>
            </div>
          </dl>
          <p className="mt-3 text-sm text-slate-700">
            {ledger.allowanceMinutes > 0 ? t("bookings.ledger.explain") : t("bookings.ledger.noPlan")}
          </p>
        </section>
      ) : null}
      <section className="card overflow-x-auto" aria-labelledby="upcoming-title">
        <h2 id="upcoming-title" className="text-xl font-bold">
          {t("bookings.upcoming")}
        </h2>
        {upcoming.length === 0 ? (
          <p className="mt-2 text-slate-700">
            {t("bookings.noneUpcoming")} <Link to="/calendar">{t("bookings.toCalendar")}</Link>
          </p>
        ) : (
          <table className="data-table mt-3">
            {head}
            <tbody>
              {upcoming.map((b) => (
                <BookingRow key={b.id} b={b} showPerson={everyone} />
              ))}
            </tbody>
          </table>
        )}
      </section>
      {!everyone ? (
        <section className="card overflow-x-auto" aria-labelledby="past-title">
          <h2 id="past-title" className="text-xl font-bold">
            {t("bookings.past")}
          </h2>
          {past.length === 0 ? (
            <p className="mt-2 text-slate-700">{t("bookings.nonePast")}</p>
          ) : (
            <table className="data-table mt-3">
              {head}
              <tbody>
                {past.map((b) => (
                  <BookingRow key={b.id} b={b} />
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
