import type { Locale } from "~/modules/i18n";
import { BOLD, type Canvas, CONTENT_BOTTOM, MUTED, PAGE, RIGHT, rule, startPdf, write } from "~/utils/pdf.server";
import { formatFigure, publishableFigures } from "../figures/impact-rules";
import { filterText, type ImpactReport, nationalOf } from "./report.server";
import { reportWords } from "./report-words";

type Words = ReturnType<typeof reportWords>;
const ACCENT = "#1d4ed8";

/**
 * The report for partners and subsidy givers (A4, Dutch or English): the economics, the
 * Impactmonitor beside the national figures, the partners and the trajectories completed. Drawn
 * with the same PDF primitives as the invoices; every number is the pages' own.
 */
export function impactReportPdf(report: ImpactReport, locale: Locale): Promise<Uint8Array> {
  const w = reportWords(locale);
  const title = w.t("report.title");
  const { pdf, done } = startPdf(locale, { Title: `${title} ${report.period.from} – ${report.period.to}`, Author: report.werkplaats });
  let y = write(pdf, title, PAGE.margin, PAGE.margin, { font: BOLD, size: 20, color: ACCENT, width: RIGHT - PAGE.margin });
  y = write(
    pdf,
    w.t("report.subtitle", { werkplaats: report.werkplaats, from: w.day(report.period.from), to: w.day(report.period.to) }),
    PAGE.margin,
    y + 4,
    {
      size: 11,
      color: MUTED,
      width: RIGHT - PAGE.margin,
    },
  );
  // Which filter the report was made with, always said: a filtered report must not pass for the whole.
  if (report.filter.length > 0)
    y = write(pdf, w.t("report.filter", { filter: filterText(report, locale) }), PAGE.margin, y + 6, {
      size: 10,
      width: RIGHT - PAGE.margin,
    });
  y = table(pdf, w.t("report.economics"), economicsRows(report, w), y + 20);
  y = table(pdf, w.t("report.impact"), impactRows(report, w), y + 16);
  y = list(
    pdf,
    w.t("report.partners"),
    report.partners.map((p) => `${p.name} · ${w.t(`partners.kind.${p.kind}`)}`),
    w.t("report.noPartners"),
    y + 16,
  );
  list(
    pdf,
    w.t("report.highlights"),
    report.impact.completed.map((t) => `${t.title} · ${t.organisation}`),
    w.t("report.noHighlights"),
    y + 16,
  );
  footers(pdf, w);
  pdf.end();
  return done;
}

type Row = { label: string; value: string; note?: string };

function economicsRows({ economics: e }: ImpactReport, w: Words): Row[] {
  return [
    { label: w.t("economics.coworking"), value: w.money(e.coworking.totalCents) },
    { label: w.t("economics.locationCosts"), value: w.money(e.locationCostCents) },
    {
      label: w.t("economics.coverage"),
      value: e.coveragePercent === null ? "–" : `${e.coveragePercent.toLocaleString(w.locale === "nl" ? "nl-NL" : "en-GB")} %`,
    },
    { label: w.t("economics.leftForWorkshop"), value: w.money(e.leftForWorkshopCents) },
    { label: w.t("economics.workshopCosts"), value: w.money(e.workshopCostCents) },
    { label: w.t("economics.sponsorshipCash"), value: w.money(e.sponsorshipCashCents) },
    { label: w.t("economics.sponsorshipInKind"), value: w.money(e.sponsorshipInKindCents) },
    { label: w.t("economics.subsidies"), value: w.money(e.subsidyCents) },
    { label: w.t("report.perSme"), value: w.money(e.perHead.perSmeCents) },
    { label: w.t("report.perStudent"), value: w.money(e.perHead.perStudentCents) },
  ];
}

function impactRows({ impact }: ImpactReport, w: Words): Row[] {
  return publishableFigures.map((f) => {
    const national = nationalOf(f);
    return {
      label: w.t(`impact.figure.${f}`),
      value: formatFigure(f, impact.figures[f], w.locale),
      note: national ? w.t("report.national", { value: national }) : undefined,
    };
  });
}

/** A new page when the next block does not fit. */
function room(pdf: Canvas, y: number, needed: number) {
  if (y + needed <= CONTENT_BOTTOM) return y;
  pdf.addPage();
  return PAGE.margin;
}

function heading(pdf: Canvas, text: string, y: number) {
  const top = room(pdf, y, 60);
  return write(pdf, text, PAGE.margin, top, { font: BOLD, size: 13, color: ACCENT }) + 6;
}

/** Label on the left, the figure right-aligned, a note (the national figure) beside it. */
function table(pdf: Canvas, title: string, rows: Row[], top: number) {
  let y = heading(pdf, title, top);
  for (const row of rows) {
    y = room(pdf, y, 18);
    write(pdf, row.label, PAGE.margin, y, { size: 10, width: 260 });
    write(pdf, row.value, 320, y, { font: BOLD, size: 10, width: 110, align: "right" });
    if (row.note) write(pdf, row.note, 440, y, { size: 9, color: MUTED, width: RIGHT - 440 });
    y += 17;
    rule(pdf, y - 4);
  }
  return y;
}

function list(pdf: Canvas, title: string, items: string[], empty: string, top: number) {
  let y = heading(pdf, title, top);
  for (const item of items.length === 0 ? [empty] : items) {
    y = room(pdf, y, 16);
    y = write(pdf, item, PAGE.margin, y, { size: 10, width: RIGHT - PAGE.margin }) + 3;
  }
  return y;
}

function footers(pdf: Canvas, w: Words) {
  const range = pdf.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    pdf.switchToPage(range.start + i);
    // Text below the bottom margin would make pdfkit start a new page.
    pdf.page.margins.bottom = 0;
    write(pdf, w.t("report.page", { page: i + 1, pages: range.count }), RIGHT - 120, PAGE.height - 50, {
      size: 7.5,
      color: MUTED,
      width: 120,
      align: "right",
    });
  }
}
