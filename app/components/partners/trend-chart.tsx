import { Link } from "@remix-run/react";
import { useLocale, useT } from "~/modules/i18n";
import type { TrendFigure } from "~/modules/partners";

type Point = { period: { span: string; year: number; part: number; from: string }; values: Record<TrendFigure, number | null> };

/**
 * One Impactmonitor figure over the months or quarters of a period, as bars drawn on the server
 * (readable without script and on a phone). Each bar opens the Impactmonitor of its month or
 * quarter, where the figure's records are listed, under the same filter (`filterQuery`).
 */
export function TrendChart({ figure, points, filterQuery = "" }: { figure: TrendFigure; points: Point[]; filterQuery?: string }) {
  const t = useT();
  const locale = useLocale();
  const tag = locale === "nl" ? "nl-NL" : "en-GB";
  const rating = figure === "averageRating";
  // A rating is out of ten; counts are scaled to the highest point.
  const max = rating ? 10 : Math.max(1, ...points.map((p) => p.values[figure] ?? 0));
  const slot = 36;
  const height = 90;
  const top = 16;
  const label = (p: Point) =>
    p.period.span === "quarter"
      ? t("impact.trend.quarter", { part: p.period.part })
      : new Date(`${p.period.from}T12:00:00Z`).toLocaleString(tag, { month: "short", timeZone: "UTC" });
  const shown = (value: number | null) =>
    value === null ? "–" : value.toLocaleString(tag, rating ? { minimumFractionDigits: 1, maximumFractionDigits: 1 } : {});
  const title = t(`impact.trend.${figure}`);
  return (
    <figure className="card space-y-1">
      <figcaption className="font-bold">{title}</figcaption>
      <svg viewBox={`0 0 ${points.length * slot} ${top + height + 18}`} className="h-auto w-full">
        <title>{title}</title>
        {points.map((p, i) => {
          const value = p.values[figure];
          const bar = value === null ? 0 : Math.max(value > 0 ? 2 : 0, (value / max) * height);
          const x = i * slot;
          return (
            <Link
              key={p.period.from}
              to={`?span=${p.period.span}&year=${p.period.year}&part=${p.period.part}${filterQuery}`}
              aria-label={t("impact.trend.point", { figure: title, when: label(p), value: shown(value) })}
            >
              <rect x={x + 6} y={top + height - bar} width={slot - 12} height={bar} fill="#1d4ed8" />
              <text x={x + slot / 2} y={top + height - bar - 4} fontSize="11" textAnchor="middle" fill="#0f172a">
                {shown(value)}
              </text>
              <text x={x + slot / 2} y={top + height + 14} fontSize="11" textAnchor="middle" fill="#334155">
                {label(p)}
              </text>
            </Link>
          );
        })}
      </svg>
    </figure>
  );
}
