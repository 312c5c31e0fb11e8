import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { ErrorPage } from "~/components/error-page";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { DrillTable } from "~/components/partners/drill-table";
import {
  BENCHMARK,
  budgetDrill,
  incomeGroups,
  periodQuerySchema,
  type BudgetKind,
  type DrillFigure,
  type IncomeGroup,
} from "~/modules/partners";
import { economicsOf, economicsRows, periodOf } from "~/modules/partners/index.server";
import { parseQuery } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";
import { formatMoney } from "~/utils/money";
import { todayIn } from "~/utils/zoned-time";

export const meta = pageTitle("economics.title");

/** The DOC economics of a month, quarter or year: every figure computed once in the partners module. */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const query = parseQuery(args.request, periodQuerySchema);
  const period = periodOf(query, todayIn(new Date(), werkplaats.timezone));
  const [economics, drill] = await Promise.all([
    economicsOf(werkplaats.id, period),
    query.drill ? economicsRows(werkplaats.id, period, query.drill).then((rows) => ({ figure: query.drill!, rows })) : null,
  ]);
  return { ...economics, drill };
}

/** The same span one step earlier or later: a year, or a month or quarter that may cross the year. */
function step(period: { span: string; year: number; part: number }, by: -1 | 1) {
  const parts = period.span === "year" ? 1 : period.span === "quarter" ? 4 : 12;
  const index = period.year * parts + (period.part - 1) + by;
  return `?span=${period.span}&year=${Math.floor(index / parts)}&part=${(index % parts) + 1}`;
}

/** The label of every figure that opens to its rows. */
const figureLabel: Record<DrillFigure, `${"economics" | "budget"}.${string}`> = {
  coworking: "economics.coworking",
  memberships: "economics.group.memberships",
  rooms: "economics.group.rooms",
  dayPasses: "economics.group.dayPasses",
  events: "economics.group.events",
  other: "economics.group.other",
  locationCosts: "economics.locationCosts",
  workshopCosts: "economics.workshopCosts",
  sponsorshipCash: "economics.sponsorshipCash",
  sponsorshipInKind: "economics.sponsorshipInKind",
  subsidies: "economics.subsidies",
  coverage: "economics.coverage",
  leftForWorkshop: "economics.leftForWorkshop",
  allCosts: "economics.allCosts",
  cost_rent: "budget.kind.rent",
  cost_service_costs: "budget.kind.service_costs",
  cost_energy: "budget.kind.energy",
  cost_cleaning: "budget.kind.cleaning",
  cost_other: "budget.kind.other",
};

/** Income and costs per month as bars, drawn on the server: readable without script and on a phone. */
function MonthChart({ monthly }: { monthly: { month: string; incomeCents: number; costCents: number }[] }) {
  const t = useT();
  const max = Math.max(1, ...monthly.flatMap((m) => [m.incomeCents, m.costCents]));
  const slot = 40;
  const height = 160;
  return (
    <svg
      viewBox={`0 0 ${monthly.length * slot + 10} ${height + 24}`}
      className="h-auto w-full max-w-2xl"
      role="img"
      aria-label={t("economics.chart")}
    >
      {monthly.map((m, i) => {
        const income = (m.incomeCents / max) * height;
        const cost = (m.costCents / max) * height;
        return (
          <g key={m.month}>
            <rect x={i * slot + 8} y={height - income} width={14} height={income} fill="#1d4ed8" />
            <rect x={i * slot + 23} y={height - cost} width={14} height={cost} fill="#b45309" />
            <text x={i * slot + 23} y={height + 16} fontSize="11" textAnchor="middle" fill="#334155">
              {m.month.slice(5)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export default function Economics() {
  const t = useT();
  const locale = useLocale();
  const e = useLoaderData<typeof loader>();
  const money = (cents: number) => formatMoney(cents, locale);
  const here = `?span=${e.period.span}&year=${e.period.year}&part=${e.period.part}`;
  // An amount is a link to the rows it sums, shown under the figures.
  const drillLink = (figure: DrillFigure, cents: number | null, shown: ReactNode = cents === null ? "–" : money(cents)) => (
    <Link
      to={`${here}&drill=${figure}#drill`}
      preventScrollReset
      aria-label={t("economics.drill.open.figure", { figure: t(figureLabel[figure]) })}
    >
      {shown}
    </Link>
  );
  const coverage = e.coveragePercent === null ? t("economics.noCoverage") : `${e.coveragePercent.toLocaleString(locale)} %`;
  // The counts the cost per head divides by are the Impactmonitor's: they open its rows there.
  const impactLink = (drill: "smesHelped" | "studentsInvolved", count: number) => (
    <Link
      to={`/admin/impact${here}&drill=${drill}#drill`}
      aria-label={t("economics.drill.open.figure", { figure: t(`economics.${drill}`) })}
    >
      {count}
    </Link>
  );
  const card = (label: string, value: ReactNode, hint?: string) => (
    <div className="rounded-md border border-slate-200 bg-white p-3">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="mt-1 text-xl font-bold tabular-nums">{value}</dd>
      {hint ? <dd className="text-sm text-slate-600">{hint}</dd> : null}
    </div>
  );
  return (
    <div className="space-y-6">
      <PageHeader title={t("economics.title")} intro={t("economics.intro")} />
      <nav className="flex flex-wrap gap-3">
        {(["month", "quarter", "year"] as const).map((span) => (
          <Link
            key={span}
            to={`?span=${span}&year=${e.period.year}`}
            aria-current={span === e.period.span ? "page" : undefined}
            className={span === e.period.span ? "font-bold underline" : "underline"}
          >
            {t(`economics.span.${span}`)}
          </Link>
        ))}
        <span className="flex gap-3 text-slate-700">
          <Link to={step(e.period, -1)} aria-label={t("economics.previous")}>
            ←
          </Link>
          {e.period.from} – {e.period.to}
          <Link to={step(e.period, 1)} aria-label={t("economics.next")}>
            →
          </Link>
        </span>
      </nav>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {card(t("economics.coworking"), drillLink("coworking", e.coworking.totalCents))}
        {card(t("economics.locationCosts"), drillLink("locationCosts", e.locationCostCents))}
        {card(t("economics.coverage"), drillLink("coverage", null, coverage), t("economics.coverageHint"))}
        {card(t("economics.leftForWorkshop"), drillLink("leftForWorkshop", e.leftForWorkshopCents))}
        {card(t("economics.sponsorshipCash"), drillLink("sponsorshipCash", e.sponsorshipCashCents))}
        {card(t("economics.sponsorshipInKind"), drillLink("sponsorshipInKind", e.sponsorshipInKindCents))}
        {card(t("economics.subsidies"), drillLink("subsidies", e.subsidyCents))}
        {card(t("economics.workshopCosts"), drillLink("workshopCosts", e.workshopCostCents))}
      </dl>
      {e.drill ? (
        <DrillTable
          title={t(figureLabel[e.drill.figure])}
          rows={e.drill.rows}
          closeTo={here}
          intro={e.drill.figure === "coverage" || e.drill.figure === "leftForWorkshop" ? t("economics.drill.coverage", { coverage }) : null}
        />
      ) : null}
      <section className="space-y-2">
        <h2 className="text-lg font-bold">{t("economics.coworking")}</h2>
        <table className="w-full max-w-xl text-left">
          <tbody>
            {(Object.keys(incomeGroups) as IncomeGroup[]).map((g) => (
              <tr key={g} className="border-b border-slate-200">
                <th className="py-1 font-normal">{t(`economics.group.${g}`)}</th>
                <td className="py-1 text-right tabular-nums">{drillLink(g, e.coworking.byGroup[g])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-bold">{t("economics.chart")}</h2>
        <MonthChart monthly={e.monthly} />
        <p className="text-sm text-slate-700">
          <span className="mr-1 inline-block h-3 w-3 bg-blue-700" /> {t("economics.chart.income")}
          <span className="mr-1 ml-4 inline-block h-3 w-3 bg-amber-700" /> {t("economics.chart.costs")}
        </p>
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-bold">{t("economics.budget")}</h2>
        {e.budget.length === 0 ? (
          <p>{t("economics.budget.none")}</p>
        ) : (
          <table className="w-full max-w-xl text-left">
            <thead>
              <tr>
                <th className="py-1 pr-2">{t("economics.budget.kind")}</th>
                <th className="py-1 pl-3 text-right">{t("economics.budget.budget")}</th>
                <th className="py-1 pl-3 text-right">{t("economics.budget.actual")}</th>
              </tr>
            </thead>
            <tbody>
              {e.budget.map((b) => (
                <tr key={b.kind} className="border-b border-slate-200">
                  <td className="py-1 pr-2">{t(`budget.kind.${b.kind}`)}</td>
                  <td className="whitespace-nowrap py-1 pl-3 text-right tabular-nums">{money(b.budgetCents)}</td>
                  <td className="whitespace-nowrap py-1 pl-3 text-right tabular-nums">
                    {drillLink(budgetDrill(b.kind as BudgetKind), b.actualCents)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-bold">{t("economics.perHead.title")}</h2>
        <p className="text-sm text-slate-700">{t("economics.perHead.intro")}</p>
        <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {card(t("economics.allCosts"), drillLink("allCosts", e.locationCostCents + e.workshopCostCents))}
          {card(t("economics.smesHelped"), impactLink("smesHelped", e.perHead.smes))}
          {card(t("economics.perSme"), drillLink("allCosts", e.perHead.perSmeCents))}
          {card(t("economics.studentsInvolved"), impactLink("studentsInvolved", e.perHead.students))}
          {card(t("economics.perStudent"), drillLink("allCosts", e.perHead.perStudentCents))}
        </dl>
        <p className="text-sm text-slate-700">
          {t("economics.benchmark", {
            perSme: money(Math.round(BENCHMARK.yearlyCents / BENCHMARK.smes)),
            perStudent: money(Math.round(BENCHMARK.yearlyCents / BENCHMARK.students)),
          })}
        </p>
      </section>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
