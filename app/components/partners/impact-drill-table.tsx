import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useActivityKindLabel } from "~/components/partners/impact-filter-form";
import { intlLocale, useLocale, useT } from "~/modules/i18n";
import type { ImpactMark, ImpactRow } from "~/modules/partners";

/** What a row adds to its figure, in words: a level, a mark, yes or no, the steps taken, hours. */
function MarkText({ mark }: { mark: ImpactMark }) {
  const t = useT();
  const locale = intlLocale(useLocale());
  const kindLabel = useActivityKindLabel();
  if ("level" in mark) return <>{t(`impact.level.${mark.level}`)}</>;
  if ("rating" in mark) return <>{mark.rating ?? "–"}</>;
  if ("recommends" in mark) return <>{t(mark.recommends ? "impact.mark.yes" : "impact.mark.no")}</>;
  if ("steps" in mark) return <>{mark.steps.map((s) => t(`workshop.evaluation.step.${s}`)).join(", ")}</>;
  if ("minutes" in mark)
    return <>{t("impact.mark.hours", { hours: (mark.minutes / 60).toLocaleString(locale, { maximumFractionDigits: 2 }) })}</>;
  if ("kinds" in mark) return <>{mark.kinds.map(kindLabel).join(", ")}</>;
  if ("sizeClass" in mark) return <>{t(`impact.size.${mark.sizeClass}`)}</>;
  if ("status" in mark) return <>{t(`workshop.trajectory.status.${mark.status}`)}</>;
  return (
    <>
      {t(mark.respondent === "teacher" ? "impact.mark.teacher" : "impact.mark.student")}: {mark.marks.map((m) => m ?? "–").join(" · ")}
    </>
  );
}

/**
 * The rows behind one Impactmonitor number, with the number they make under them: a count, an
 * average or a share of exactly these rows.
 */
export function ImpactDrillTable({ title, rows, total, closeTo }: { title: string; rows: ImpactRow[]; total: ReactNode; closeTo: string }) {
  const t = useT();
  return (
    <section id="drill" className="card space-y-3" aria-labelledby="drill-title">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="drill-title" className="text-lg font-bold">
          {t("impact.drill.title", { figure: title })}
        </h2>
        <Link to={closeTo} preventScrollReset>
          {t("impact.drill.close")}
        </Link>
      </div>
      {rows.length === 0 ? (
        <p>{t("impact.drill.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("impact.col.date")}</th>
                <th scope="col">{t("impact.col.name")}</th>
                <th scope="col">{t("impact.col.context")}</th>
                <th scope="col">{t("impact.col.value")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <td className="whitespace-nowrap">{r.date ?? ""}</td>
                  <td className="break-words">{r.name}</td>
                  <td className="break-words">{r.href ? <Link to={r.href}>{r.context}</Link> : r.context}</td>
                  <td>
                    <MarkText mark={r.mark} />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={3} className="text-left">
                  {t("impact.drill.count", { count: rows.length })}
                </th>
                <td className="font-bold tabular-nums">{total}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
