import type { Locale } from "~/modules/i18n";
import { toCsv } from "~/utils/csv";
import { listPartners } from "../agreements/partners.server";
import { economicsOf } from "../figures/economics.server";
import { impactOf } from "../figures/impact.server";
import { NATIONAL, publishableFigures, formatFigure } from "../figures/impact-rules";
import type { Period } from "../figures/period";
import { reportWords } from "./report-words";

export type ImpactReport = Awaited<ReturnType<typeof impactReport>>;

/**
 * What the printable report says of a period: the economics and impact figures exactly as the
 * pages compute them (the same functions), the partners and the trajectories completed.
 */
export async function impactReport(werkplaats: { id: string; name: string }, period: Period) {
  // The impact figures once: the economics' cost per head divides by the same counts.
  const impactFigures = impactOf(werkplaats.id, period);
  const [economics, impact, partners] = await Promise.all([
    economicsOf(werkplaats.id, period, impactFigures),
    impactFigures,
    listPartners(werkplaats.id),
  ]);
  return {
    werkplaats: werkplaats.name,
    period,
    economics,
    impact,
    partners: partners.map((p) => ({ name: p.name, kind: p.kind, website: p.website })),
  };
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
  return toCsv(
    [w.t("report.csv.period"), w.t("report.csv.figure"), w.t("report.csv.value"), w.t("report.csv.national")],
    publishableFigures.map((f) => [
      period,
      w.t(`impact.figure.${f}`),
      formatFigure(f, report.impact.figures[f], locale),
      nationalOf(f) ?? "",
    ]),
  );
}
