export type ChartSeries = { key: string; label: string; className: string };

/**
 * A server-rendered SVG bar chart (grouped bars, optional limit line). It has a title and a
 * description for screen readers; the table beside it on the page carries the exact numbers.
 * Colours come with a legend that names each series, and bars differ in position, not only colour.
 */
export function BarChart({
  title,
  description,
  labels,
  series,
  values,
  limit,
  limitLabel,
  formatValue = (v) => String(v),
  width = 720,
}: {
  title: string;
  description: string;
  labels: string[];
  series: ChartSeries[];
  values: Record<string, number>[];
  limit?: number;
  limitLabel?: string;
  formatValue?: (v: number) => string;
  /** The drawing's own width: smaller for a narrow column, so the text stays readable. */
  width?: number;
}) {
  const id = `chart-${title.replace(/\W+/g, "-").toLowerCase()}`;
  const plot = { title, description, labels, series, values, limit, formatValue };
  return (
    <figure className="w-full">
      {/* A phone gets its own, narrower drawing: the wide one shrunk to 350 px has 5 px text. */}
      <div className={width > PHONE_WIDTH ? "hidden sm:block" : undefined}>
        <Plot {...plot} width={width} id={id} />
      </div>
      {width > PHONE_WIDTH ? (
        <div className="sm:hidden">
          <Plot {...plot} width={PHONE_WIDTH} id={`${id}-phone`} />
        </div>
      ) : null}
      <figcaption className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700">
        {series.map((s) => (
          <span key={s.key} className="inline-flex items-center gap-2">
            <svg width="14" height="14" aria-hidden>
              <rect width="14" height="14" className={s.className} />
            </svg>
            {s.label}
          </span>
        ))}
        {limit !== undefined && limitLabel ? (
          <span className="inline-flex items-center gap-2">
            <svg width="22" height="14" aria-hidden>
              <line x1="0" x2="22" y1="7" y2="7" className="stroke-red-700" strokeWidth={2} strokeDasharray="6 4" />
            </svg>
            {limitLabel}
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}

const PHONE_WIDTH = 360;
/** Roughly the width of one character of the 11 px axis text, to make room for the longest label. */
const CHAR_WIDTH = 6.5;

function Plot({
  id,
  title,
  description,
  labels,
  series,
  values,
  limit,
  formatValue,
  width,
}: {
  id: string;
  title: string;
  description: string;
  labels: string[];
  series: ChartSeries[];
  values: Record<string, number>[];
  limit?: number;
  formatValue: (v: number) => string;
  width: number;
}) {
  const height = 240;
  const max = Math.max(1, limit ?? 0, ...values.flatMap((v) => series.map((s) => v[s.key] ?? 0)));
  const niceMax = niceCeil(max);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * niceMax);
  // The axis is as wide as its longest label ("€ 12.500"), so no sign is cut off.
  const axis = Math.max(...ticks.map((tick) => formatValue(Math.round(tick)).length)) * CHAR_WIDTH + 10;
  const pad = { top: 12, right: 8, bottom: 28, left: Math.max(32, Math.ceil(axis)) };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const y = (v: number) => pad.top + plotH - (v / niceMax) * plotH;
  const group = plotW / Math.max(1, labels.length);
  const barW = Math.max(1.5, (group * 0.8) / series.length);
  // Leave room for each label: about 40 px of drawing per shown label.
  const every = Math.max(1, Math.ceil(labels.length / Math.floor(plotW / 40)));
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} className="stroke-slate-200" strokeWidth={1} />
          <text x={pad.left - 6} y={y(tick) + 4} textAnchor="end" className="fill-slate-600 text-[11px]">
            {formatValue(Math.round(tick))}
          </text>
        </g>
      ))}
      {values.map((v, i) =>
        series.map((s, j) => {
          const value = v[s.key] ?? 0;
          const x = pad.left + i * group + group * 0.1 + j * barW;
          return (
            <rect
              key={`${i}-${s.key}`}
              x={x}
              y={y(value)}
              width={barW - 0.5}
              height={Math.max(0, pad.top + plotH - y(value))}
              className={s.className}
            />
          );
        }),
      )}
      {limit !== undefined ? (
        <line
          x1={pad.left}
          x2={width - pad.right}
          y1={y(limit)}
          y2={y(limit)}
          className="stroke-red-700"
          strokeWidth={1.5}
          strokeDasharray="6 4"
        />
      ) : null}
      {labels.map((label, i) =>
        i % every === 0 ? (
          <text key={i} x={pad.left + i * group + group / 2} y={height - 8} textAnchor="middle" className="fill-slate-700 text-[11px]">
            {label}
          </text>
        ) : null,
      )}
    </svg>
  );
}

/** 1, 2, 2.5, 5 × 10ⁿ: a round top for the axis. */
function niceCeil(v: number) {
  const exp = 10 ** Math.floor(Math.log10(v));
  const f = v / exp;
  const nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
  return nice * exp;
}
