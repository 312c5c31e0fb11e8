import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import type { ReactNode } from "react";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { CheckboxGroupField, SuccessNotice } from "~/components/form";
import { FigureValue } from "~/components/partners/figure-value";
import { ImpactDrillTable } from "~/components/partners/impact-drill-table";
import { ImpactFilterForm, useActivityKindLabel } from "~/components/partners/impact-filter-form";
import { TrendChart } from "~/components/partners/trend-chart";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { intlLocale, useLocale, useT } from "~/modules/i18n";
import {
  impactQuerySchema,
  NATIONAL,
  publishableFigures,
  publishSchema,
  trendFigures,
  type ImpactDrill,
  type PublishableFigure,
} from "~/modules/partners";
import { impactOf, impactTrend, impactWithRows, partnerSettingsOf, periodOf, savePartnerSettings } from "~/modules/partners/index.server";
import { parseQuery, submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";
import { todayIn } from "~/utils/zoned-time";

export const meta = pageTitle("impact.title");

/**
 * The Impactmonitor of a month, quarter or year, beside the national figures, narrowed by theme,
 * target group and activity kind, with the rows behind the number asked for, and what the public
 * page shows.
 */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const query = parseQuery(args.request, impactQuerySchema);
  const period = periodOf(query, todayIn(new Date(), werkplaats.timezone));
  const filter = { theme: query.theme, size: query.size, kind: query.kind };
  // A quarter is drawn by month; a year by month or by quarter, as asked.
  const step = period.span === "year" ? query.trend : "month";
  const [{ impact, drill }, settings, trend] = await Promise.all([
    query.drill
      ? impactWithRows(werkplaats.id, period, filter, query.drill, query.level).then(({ impact, rows }) => ({
          impact,
          drill: { figure: query.drill!, level: query.level ?? null, rows },
        }))
      : impactOf(werkplaats.id, period, filter).then((impact) => ({ impact, drill: null })),
    partnerSettingsOf(werkplaats.id),
    period.span === "month" ? [] : impactTrend(werkplaats.id, period, step, filter),
  ]);
  return { ...impact, filter, drill, published: settings.publishedFigures, trend, step };
}

export async function action(args: ActionFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  return submitForm(args.request, publishSchema, async (input) => {
    await savePartnerSettings(werkplaats.id, { publishedFigures: input.figures });
    return successReply({ key: "impact.published.saved" });
  });
}

const national: Partial<Record<string, string>> = {
  averageRating: String(NATIONAL.averageRating),
  recommendPercent: `${NATIONAL.recommendPercent} %`,
  followUpPercent: `${NATIONAL.followUpPercent} %`,
};

export default function Impact() {
  const t = useT();
  const data = useLoaderData<typeof loader>();
  const {
    period,
    figures,
    teamVoice,
    studentsByLevel,
    smesBySize,
    smesByTheme,
    reach,
    trajectories,
    published,
    trend,
    step,
    filter,
    drill,
  } = data;
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const locale = useLocale();
  const kindLabel = useActivityKindLabel();
  // The page's state in its URL: period, trend step and filter; a number's link adds its drill (and may set a filter).
  const base = { span: period.span, year: String(period.year), part: String(period.part), trend: step };
  const filterParams = Object.fromEntries(Object.entries(filter).filter(([, v]) => v)) as Record<string, string>;
  const at = (changes: Record<string, string> = {}) => `?${new URLSearchParams({ ...base, ...filterParams, ...changes }).toString()}`;
  const filterQuery = Object.entries(filterParams)
    .map(([k, v]) => `&${k}=${encodeURIComponent(v)}`)
    .join("");
  // The report and the CSV are made with the filter the page shows.
  const reportQuery = `span=${period.span}&year=${period.year}&part=${period.part}${filterQuery}`;
  const drillTitle = (figure: ImpactDrill, level: string | null) =>
    level
      ? t("impact.drill.level", { level: t(`impact.level.${level}`) })
      : (publishableFigures as readonly string[]).includes(figure)
        ? t(`impact.figure.${figure as PublishableFigure}`)
        : t(`impact.drill.${figure as "peopleReached"}`);
  const open = (figure: ImpactDrill, value: ReactNode, changes: Record<string, string> = {}) => (
    <Link
      to={`${at({ drill: figure, ...changes })}#drill`}
      preventScrollReset
      aria-label={`${t("impact.drill.open", { figure: drillTitle(figure, changes.level ?? null) })}: ${typeof value === "number" ? value : ""}`}
    >
      {value}
    </Link>
  );
  const drillTotal = (figure: ImpactDrill): ReactNode =>
    figure === "peopleReached"
      ? reach.people
      : figure === "smesReached"
        ? reach.smes
        : figure === "teamVoice"
          ? teamVoice.students + teamVoice.teachers
          : null;
  return (
    <div className="space-y-6">
      <PageHeader title={t("impact.title")} intro={t("impact.intro")} />
      <nav className="flex flex-wrap gap-3">
        {(["month", "quarter", "year"] as const).map((span) => (
          <Link
            key={span}
            to={`?span=${span}&year=${period.year}${filterQuery}`}
            className={span === period.span ? "font-bold underline" : "underline"}
          >
            {t(`economics.span.${span}`)}
          </Link>
        ))}
        <span className="text-slate-700">
          {period.from} – {period.to}
        </span>
      </nav>
      <p className="flex flex-wrap gap-x-4 gap-y-2">
        {/* Plain links: the files come from a resource route, not a page. */}
        <a href={`/admin/impact/report?${reportQuery}&lang=nl`} download>
          {t("report.download")}
        </a>
        <a href={`/admin/impact/report?${reportQuery}&lang=en`} download>
          {t("report.downloadEn")}
        </a>
        <a href={`/admin/impact/report?${reportQuery}&format=csv&lang=${locale}`} download>
          {t("report.csv")}
        </a>
      </p>
      <ImpactFilterForm key={filterQuery} filter={filter} keep={base} />
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {publishableFigures.map((f) => (
          <div key={f} className="rounded-md border border-slate-200 bg-white p-3">
            <dt className="text-sm text-slate-700">{t(`impact.figure.${f}`)}</dt>
            <dd className="mt-1 text-xl font-bold tabular-nums">{open(f, <FigureValue figure={f} value={figures[f]} />)}</dd>
            {national[f] ? <dd className="text-sm text-slate-600">{t("impact.national", { value: national[f] })}</dd> : null}
          </div>
        ))}
      </dl>
      {drill ? (
        <ImpactDrillTable
          title={drillTitle(drill.figure, drill.level)}
          rows={drill.rows}
          closeTo={at()}
          total={
            drill.level
              ? null
              : (drillTotal(drill.figure) ?? (
                  <FigureValue figure={drill.figure as PublishableFigure} value={figures[drill.figure as PublishableFigure]} />
                ))
          }
        />
      ) : null}
      <section className="space-y-3" aria-labelledby="trend-title">
        <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
          <h2 id="trend-title" className="text-lg font-bold">
            {t("impact.trend.title")}
          </h2>
          {period.span === "year"
            ? (["month", "quarter"] as const).map((s) => (
                <Link
                  key={s}
                  to={`?span=year&year=${period.year}&trend=${s}${filterQuery}`}
                  aria-current={s === step ? "page" : undefined}
                  className={s === step ? "font-bold underline" : "underline"}
                >
                  {t(s === "month" ? "impact.trend.byMonth" : "impact.trend.byQuarter")}
                </Link>
              ))
            : null}
        </div>
        {trend.length === 0 ? (
          <p>{t("impact.trend.monthOnly")}</p>
        ) : (
          <>
            <p className="text-sm text-slate-700">{t("impact.trend.intro")}</p>
            <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {trendFigures.map((f) => (
                <TrendChart key={f} figure={f} points={trend} filterQuery={filterQuery} />
              ))}
            </div>
          </>
        )}
      </section>
      <section className="grid gap-4 sm:grid-cols-2">
        <div className="card">
          <h2 className="text-lg font-bold">{t("impact.byLevel")}</h2>
          <ul>
            {Object.entries(studentsByLevel).map(([level, count]) => (
              <li key={level} className="flex justify-between border-b border-slate-200 py-1">
                <span>{t(`impact.level.${level}`)}</span>
                <span className="tabular-nums">{open("studentsInvolved", count, { level })}</span>
              </li>
            ))}
          </ul>
        </div>
        <div className="card">
          <h2 className="text-lg font-bold">{t("impact.bySize")}</h2>
          {Object.keys(smesBySize).length === 0 ? <p>{t("impact.none")}</p> : null}
          <ul>
            {Object.entries(smesBySize).map(([size, count]) => (
              <li key={size} className="flex justify-between border-b border-slate-200 py-1">
                <span>{t(`impact.size.${size}`)}</span>
                <span className="tabular-nums">{open("smesHelped", count, { size })}</span>
              </li>
            ))}
          </ul>
        </div>
      </section>
      <section className="card space-y-2" aria-labelledby="team-voice-title">
        <h2 id="team-voice-title" className="text-lg font-bold">
          {t("impact.team.title")}
        </h2>
        <p>
          {t("impact.team.count", { students: teamVoice.students, teachers: teamVoice.teachers })}{" "}
          {open("teamVoice", t("impact.drill.teamVoice"))}
        </p>
        <ul>
          {(
            [
              ["rating", teamVoice.averageRating],
              ["teamRating", teamVoice.averageTeamRating],
              ["smeRating", teamVoice.averageSmeRating],
              ["expertRating", teamVoice.averageExpertRating],
            ] as const
          ).map(([mark, value]) => (
            <li key={mark} className="flex justify-between gap-3 border-b border-slate-200 py-1">
              <span>{t(`impact.team.${mark}`)}</span>
              <span className="tabular-nums">{open("teamVoice", value === null ? "–" : value.toLocaleString(intlLocale(locale)))}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="card space-y-2" aria-labelledby="reach-title">
        <h2 id="reach-title" className="text-lg font-bold">
          {t("impact.reach.title")}
        </h2>
        <p>{t("impact.reach.total", { people: reach.people, smes: reach.smes })}</p>
        <table className="w-full text-left">
          <thead>
            <tr>
              <th>{t("impact.reach.kind")}</th>
              <th className="text-right">{t("impact.reach.people")}</th>
              <th className="text-right">{t("impact.reach.smes")}</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(reach.byKind).map(([kind, r]) => (
              <tr key={kind} className="border-t border-slate-200">
                <td>{kindLabel(kind)}</td>
                <td className="text-right tabular-nums">{open("peopleReached", r.people, { kind })}</td>
                <td className="text-right tabular-nums">{open("smesReached", r.smes, { kind })}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t border-slate-300 font-bold">
              <th scope="row">{t("impact.reach.all")}</th>
              <td className="text-right tabular-nums">{open("peopleReached", reach.people)}</td>
              <td className="text-right tabular-nums">{open("smesReached", reach.smes)}</td>
            </tr>
          </tfoot>
        </table>
        <h3 className="pt-2 font-bold">{t("impact.byTheme")}</h3>
        <ul>
          {[...new Set([...Object.keys(smesByTheme), ...Object.keys(reach.byTheme)])].map((theme) => (
            <li key={theme} className="flex justify-between gap-3 border-b border-slate-200 py-1">
              <span>{t(`theme.${theme}`)}</span>
              <span className="tabular-nums">
                {open("smesHelped", smesByTheme[theme] ?? 0, { theme })} ·{" "}
                {open("peopleReached", reach.byTheme[theme]?.people ?? 0, { theme })}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section className="card space-y-2" aria-labelledby="rows-title">
        <h2 id="rows-title" className="text-lg font-bold">
          {t("impact.rows")}
        </h2>
        {trajectories.length === 0 ? (
          <p>{t("impact.none")}</p>
        ) : (
          <ul>
            {trajectories.map((tr) => (
              <li key={tr.id} className="border-b border-slate-200 py-1">
                <Link to={`/werkplaats/trajecten/${tr.id}`} className="font-semibold">
                  {tr.title}
                </Link>{" "}
                · {tr.organisation} · {tr.periodStart} – {tr.periodEnd}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card space-y-3" aria-labelledby="publish-title">
        <h2 id="publish-title" className="text-lg font-bold">
          {t("impact.published.title")}
        </h2>
        <SuccessNotice reply={reply} />
        <Form method="post" className="space-y-3">
          <input type="hidden" name="intent" value="publish" />
          <CheckboxGroupField
            name="figures"
            legend={t("impact.published.legend")}
            options={publishableFigures.map((f) => ({ value: f, label: t(`impact.figure.${f}`) }))}
            selected={published}
            reply={reply}
          />
          <div className="flex flex-wrap items-center gap-4">
            <Button type="submit" disabled={busy}>
              {t("common.save")}
            </Button>
            <Link to="/impact">{t("impact.published.view")}</Link>
          </div>
        </Form>
      </section>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
