import { nameSaysKind } from "~/modules/plans";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { BarChart } from "~/components/members/bar-chart";
import { DeskTabs } from "~/components/members/desk-tabs";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { membershipReport, mrrTrend } from "~/modules/memberships/index.server";
import { formatDay } from "~/utils/calendar";
import { pageTitle } from "~/utils/meta";
import { formatMoney } from "~/utils/money";

export const meta = pageTitle("reports.title");

export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const [report, trend] = await Promise.all([membershipReport(werkplaats.id, args.context.locale), mrrTrend(werkplaats.id)]);
  return { report, trend };
}

/** Active members per plan, monthly recurring revenue excl. BTW, and its course over a year. */
export default function Reports() {
  const t = useT();
  const locale = useLocale();
  const { report, trend } = useLoaderData<typeof loader>();
  return (
    <div>
      <PageHeader title={t("reports.title")} intro={t("reports.intro", { date: formatDay(report.day, locale) })} />
      <DeskTabs current="reports" />
      <dl className="mb-6 grid gap-3 sm:grid-cols-3">
        <div className="rounded-md border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-700">{t("reports.activeMembers")}</dt>
          <dd className="mt-1 text-3xl font-bold">{report.activeMembers}</dd>
        </div>
        <div className="rounded-md border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-700">{t("reports.mrr")}</dt>
          <dd className="mt-1 text-3xl font-bold">{formatMoney(report.mrrCents, locale)}</dd>
        </div>
        <div className="rounded-md border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-700">{t("reports.arr")}</dt>
          <dd className="mt-1 text-3xl font-bold">{formatMoney(report.mrrCents * 12, locale)}</dd>
        </div>
      </dl>
      <div className="grid gap-6 xl:grid-cols-2">
        <section className="card overflow-x-auto" aria-labelledby="per-plan">
          <h2 id="per-plan" className="mb-3 text-xl font-bold">
            {t("reports.perPlan")}
          </h2>
          {report.perPlan.length === 0 ? (
            <p className="text-slate-700">{t("reports.none")}</p>
          ) : (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("adminPlans.col.plan")}</th>
                  <th scope="col" className="text-right">
                    {t("reports.members")}
                  </th>
                  <th scope="col" className="text-right">
                    {t("adminPlans.col.price")}
                  </th>
                  <th scope="col" className="text-right">
                    {t("reports.mrrShort")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.perPlan.map((p) => (
                  <tr key={p.planId}>
                    <th scope="row" className="border-b border-slate-200 font-normal">
                      <Link to={`/admin/memberships?plan=${p.planId}`} className="font-semibold">
                        {p.name}
                      </Link>
                      <span className="block text-slate-600">
                        {[
                          !nameSaysKind(p.name, t(`plan.kind.${p.kind}`)) ? t(`plan.kind.${p.kind}`) : null,
                          p.archived ? t("adminPlans.archivedBadge") : null,
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </span>
                    </th>
                    <td className="text-right">{p.members}</td>
                    <td className="text-right whitespace-nowrap">{formatMoney(p.priceCents, locale)}</td>
                    <td className="text-right whitespace-nowrap">
                      {p.mrrCents > 0 ? formatMoney(p.mrrCents, locale) : t("reports.oneOff")}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" className="border-0 px-3 py-2 text-left">
                    {t("reports.total")}
                  </th>
                  <td className="px-3 py-2 text-right font-bold">{report.activeMembers}</td>
                  <td />
                  <td className="px-3 py-2 text-right font-bold whitespace-nowrap">{formatMoney(report.mrrCents, locale)}</td>
                </tr>
              </tfoot>
            </table>
          )}
          <p className="mt-4 text-sm text-slate-700">{t("reports.mrrNote")}</p>
        </section>
        <section className="card overflow-x-auto" aria-labelledby="trend">
          <h2 id="trend" className="mb-3 text-xl font-bold">
            {t("reports.trend")}
          </h2>
          <BarChart
            title={t("reports.trend")}
            description={t("reports.trendDesc")}
            labels={trend.map((m) => formatDay(m.month, locale, "monthShort"))}
            series={[{ key: "mrr", label: t("reports.mrr"), className: "fill-sky-700" }]}
            values={trend.map((m) => ({ mrr: Math.round(m.mrrCents / 100) }))}
            formatValue={(v) => formatMoney(v * 100, locale).replace(/[.,]00$/, "")}
            width={460}
          />
          <table className="data-table mt-4">
            <thead>
              <tr>
                <th scope="col">{t("reports.month")}</th>
                <th scope="col" className="text-right">
                  {t("reports.members")}
                </th>
                <th scope="col" className="text-right">
                  {t("reports.mrrShort")}
                </th>
              </tr>
            </thead>
            <tbody>
              {trend.map((m) => (
                <tr key={m.month}>
                  <th scope="row" className="border-b border-slate-200 font-normal">
                    {formatDay(m.month, locale, "month")}
                  </th>
                  <td className="text-right">{m.members}</td>
                  <td className="text-right whitespace-nowrap">{formatMoney(m.mrrCents, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
      <p className="mt-6 flex flex-wrap gap-3">
        <a href="/admin/members.csv" className="btn-secondary" download>
          {t("adminMemberships.exportMembers")}
        </a>
        <a href="/admin/memberships.csv" className="btn-secondary" download>
          {t("adminMemberships.exportMemberships")}
        </a>
      </p>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
