import type { Locale } from "~/modules/i18n";
import { toCsv } from "~/utils/csv";
import { listPartners } from "../agreements/partners.server";
import { economicsOf } from "../figures/economics.server";
import type { ImpactFilter } from "../figures/impact-filter";
import { impactOf } from "../figures/impact.server";
import { NATIONAL, publishableFigures, formatFigure } from "../figures/impact-rules";
import type { Period } from "../figures/period";
import { reportWords } from "./report-words";

export type ImpactReport = Awaited<ReturnType<typeof impactReport>>;

/**
 * What the printable report says of a period: the economics and impact figures exactly as the
 * pages compute them (the same functions), the partners and the trajectories completed. The
 * Impactmonitor's filter narrows the impact figures and the completed trajectories as it narrows
 * the page; the economics stay the whole werkplaats's, as the economics page shows them (its
 * cost per head divides the whole cost by the whole count, never by a theme's share).
 */
export async function impactReport(werkplaats: { id: string; name: string }, period: Period, filter: ImpactFilter = {}) {
  const whole = impactOf(werkplaats.id, period);
  const filtered = filterOf(filter);
  const [economics, impact, partners] = await Promise.all([
    economicsOf(werkplaats.id, period, whole),
    filtered.length === 0 ? whole : impactOf(werkplaats.id, period, filter),
    listPartners(werkplaats.id),
  ]);
  return {
    werkplaats: werkplaats.name,
    period,
    filter: filtered,
    economics,
    impact,
    partners: partners.map((p) => ({ name: p.name, kind: p.kind, website: p.website })),
  };
}

/** The filter's parts that are set, in a fixed order, so the report can say what it was made with. */
function filterOf(filter: ImpactFilter) {
  return (["theme", "size", "kind"] as const).flatMap((part) => (filter[part] ? [{ part, value: filter[part]! }] : []));
}

/** "Thema: Data · Doelgroep: zzp", or "alles" without a filter: the same words the page's filter uses. */
export function filterText(report: ImpactReport, locale: Locale): string {
  const w = reportWords(locale);
  if (report.filter.length === 0) return w.t("report.filter.none");
  const wordOf = ({ part, value }: ImpactReport["filter"][number]) =>
    part === "theme"
      ? w.t(`theme.${value}`)
      : part === "size"
        ? w.t(`impact.size.${value}`)
        : value === "spreekuur"
          ? w.t("impact.reach.spreekuur")
          : value === "trajectory"
            ? w.t("impact.kind.trajectory")
            : w.t(`eventKind.${value}`);
  return report.filter.map((f) => `${w.t(`impact.filter.${f.part}`)}: ${wordOf(f)}`).join(" · ");
}

/** The national figure an impact figure is read against, as text; none for most figures. */
export function nationalOf(figure: string): string | null {
  if (figure === "averageRating") return String(NATIONAL.averageRating);
  if (figure === "recommendPercent") return `${NATIONAL.recommendPercent} %`;
  if (figure === "followUpPercent") return `${NATIONAL.followUpPercent} %`;
  return null;
}

/** The Impactmonitor of a period as a spreadsheet: one row per figure, beside the national figure. */
export function impactCsv(report: ImpactReport, locale: Locale): string {
  const w = reportWords(locale);
  const period = `${report.period.from} – ${report.period.to}`;
  const filter = filterText(report, locale);
  return toCsv(
    [w.t("report.csv.period"), w.t("report.csv.filter"), w.t("report.csv.figure"), w.t("report.csv.value"), w.t("report.csv.national")],
    publishableFigures.map((f) => [
      period,
      filter,
      w.t(`impact.figure.${f}`),
      formatFigure(f, report.impact.figures[f], locale),
      nationalOf(f) ?? "",
    ]),
  );
}
