import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { BarChart } from "~/components/members/bar-chart";
import { DeskTabs } from "~/components/members/desk-tabs";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { occupancyQuerySchema } from "~/modules/desks";
import { useLocale, useT } from "~/modules/i18n";
import { occupancyPage } from "~/modules/reporting/index.server";
import { formatDay } from "~/utils/calendar";
import { todayIn } from "~/utils/zoned-time";
import { parseQuery } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("occupancy.title");

export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const q = parseQuery(args.request, occupancyQuerySchema);
  return occupancyPage(werkplaats.id, q.period ?? "week", q.date ?? todayIn(new Date(), werkplaats.timezone));
}

export default function Occupancy() {
  const t = useT();
  const locale = useLocale();
  const r = useLoaderData<typeof loader>();
  const periods = ["day", "week", "month"] as const;
  const label = (d: string) => (r.period === "month" ? d.slice(8).replace(/^0/, "") : formatDay(d, locale, "short"));
  return (
    <div>
      <PageHeader title={t("occupancy.title")} intro={t("occupancy.intro")} />
      <DeskTabs current="occupancy" />
      <div className="mb-5 flex flex-wrap items-end justify-between gap-4">
        <nav aria-label={t("occupancy.periods")} className="flex gap-2">
          {periods.map((p) => (
            <Link
              key={p}
              to={`?period=${p}&date=${r.date}`}
              aria-current={r.period === p ? "page" : undefined}
              className={`rounded-full border px-3 py-1 text-sm font-semibold no-underline ${r.period === p ? "border-accent bg-accent text-accent-ink" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"}`}
            >
              {t(`occupancy.period.${p}`)}
            </Link>
          ))}
        </nav>
        <div className="flex flex-wrap items-end gap-2">
          <Link to={`?period=${r.period}&date=${r.previous}`} className="btn-secondary btn-small">
            ← {t("occupancy.previous")}
          </Link>
          <Form method="get" className="flex items-end gap-2">
            <input type="hidden" name="period" value={r.period} />
            <div>
              <label htmlFor="date" className="block text-sm font-semibold">
                {t("occupancy.date")}
              </label>
              <input id="date" name="date" type="date" defaultValue={r.date} className="input py-1" />
            </div>
            <Button type="submit" variant="secondary" small>
              {t("occupancy.show")}
            </Button>
          </Form>
          <Link to={`?period=${r.period}&date=${r.next}`} className="btn-secondary btn-small">
            {t("occupancy.next")} →
          </Link>
        </div>
      </div>
      <h2 className="mb-3 text-xl font-bold">
        {r.from === r.to
          ? formatDay(r.from, locale, "weekday")
          : t("common.range", { from: formatDay(r.from, locale), to: formatDay(r.to, locale) })}
      </h2>
      {r.from === r.to ? null : <p className="mb-2 text-sm text-slate-700">{t("occupancy.averageNote")}</p>}
      <dl className="mb-5 grid gap-3 sm:grid-cols-3">
        <div className="rounded-md border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-700">{t("occupancy.flexAverage")}</dt>
          <dd className="mt-1 text-2xl font-bold">{r.totals.flexPercent}%</dd>
        </div>
        <div className="rounded-md border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-700">{t("occupancy.fixedAverage")}</dt>
          <dd className="mt-1 text-2xl font-bold">{r.totals.fixedPercent}%</dd>
        </div>
        <div className="rounded-md border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-700">{t("occupancy.checkInsTotal")}</dt>
          <dd className="mt-1 text-2xl font-bold">{r.totals.checkIns}</dd>
        </div>
      </dl>
      {r.period === "day" ? (
        <section className="card overflow-x-auto" aria-labelledby="areas-title">
          <h2 id="areas-title" className="mb-3 text-lg font-bold">
            {t("occupancy.perArea")}
          </h2>
          <BarChart
            title={t("occupancy.chartAreas")}
            description={t("occupancy.chartAreasDesc")}
            labels={r.areas.map((a) => a.name)}
            series={[
              { key: "reserved", label: t("occupancy.flexReserved"), className: "fill-sky-700" },
              { key: "capacity", label: t("occupancy.flexCapacity"), className: "fill-sky-200" },
              { key: "assigned", label: t("occupancy.fixedAssigned"), className: "fill-amber-600" },
              { key: "desks", label: t("occupancy.fixedTotal"), className: "fill-amber-200" },
            ]}
            values={r.areas.map((a) => ({ reserved: a.reserved, capacity: a.capacity, assigned: a.assigned, desks: a.desks }))}
          />
          <table className="data-table mt-4">
            <thead>
              <tr>
                <th scope="col">{t("occupancy.area")}</th>
                <th scope="col" className="text-right">
                  {t("occupancy.flexReserved")}
                </th>
                <th scope="col" className="text-right">
                  {t("occupancy.fixedAssigned")}
                </th>
              </tr>
            </thead>
            <tbody>
              {r.areas.map((a) => (
                <tr key={a.id}>
                  <th scope="row" className="border-b border-slate-200 font-semibold">
                    {a.name}
                  </th>
                  <td className="text-right">{t("occupancy.ofWithPct", { n: a.reserved, of: a.capacity, pct: a.reservedPercent })}</td>
                  <td className="text-right">{t("occupancy.ofWithPct", { n: a.assigned, of: a.desks, pct: a.assignedPercent })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : (
        <section className="card overflow-x-auto" aria-labelledby="days-title">
          <h2 id="days-title" className="sr-only">
            {t("occupancy.perDay")}
          </h2>
          {/* Shares, not counts: flex spots and fixed desks each against their own capacity. */}
          <BarChart
            title={t("occupancy.chartDays")}
            description={t("occupancy.chartDaysDesc")}
            labels={r.rows.map((row) => label(row.day))}
            series={[
              { key: "flexPercent", label: t("occupancy.flexPercent"), className: "fill-sky-700" },
              { key: "fixedPercent", label: t("occupancy.fixedPercent"), className: "fill-amber-600" },
            ]}
            values={r.rows.map((row) => ({ flexPercent: row.flexPercent, fixedPercent: row.fixedPercent }))}
            formatValue={(v) => `${v}%`}
            limit={100}
            limitLabel={t("occupancy.fullLine")}
          />
          <table className="data-table mt-4">
            <thead>
              <tr>
                <th scope="col">{t("occupancy.day")}</th>
                <th scope="col" className="text-right">
                  {t("occupancy.flexReserved")}
                </th>
                <th scope="col" className="text-right">
                  {t("occupancy.fixedAssigned")}
                </th>
                <th scope="col" className="text-right">
                  {t("occupancy.checkIns")}
                </th>
              </tr>
            </thead>
            <tbody>
              {r.rows.map((row) => (
                <tr key={row.day} className={row.open ? undefined : "text-slate-600"}>
                  <th scope="row" className="border-b border-slate-200 font-normal whitespace-nowrap">
                    <Link to={`?period=day&date=${row.day}`}>{formatDay(row.day, locale, "short")}</Link>
                    {row.open ? null : <span className="ml-2 text-sm">{t("occupancy.closed")}</span>}
                  </th>
                  <td className="text-right">
                    {t("occupancy.ofWithPct", { n: row.flexReserved, of: row.flexCapacity, pct: row.flexPercent })}
                  </td>
                  <td className="text-right">
                    {t("occupancy.ofWithPct", { n: row.fixedAssigned, of: row.fixedTotal, pct: row.fixedPercent })}
                  </td>
                  <td className="text-right">{row.checkIns}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
