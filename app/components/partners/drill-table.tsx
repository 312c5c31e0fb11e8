import { Link } from "@remix-run/react";
import { useLocale, useT } from "~/modules/i18n";
import type { DrillRow } from "~/modules/partners";
import { formatMoney } from "~/utils/money";

/** The rows behind one economics figure, with their sum: the figure itself, to the cent. */
export function DrillTable({ title, rows, closeTo, intro }: { title: string; rows: DrillRow[]; closeTo: string; intro?: string | null }) {
  const t = useT();
  const locale = useLocale();
  const who = (row: DrillRow) => {
    if ("name" in row.who) return row.who.name;
    if ("costKind" in row.who) return t(`budget.kind.${row.who.costKind}`);
    if ("subsidySource" in row.who) return t(`financing.subsidy.source.${row.who.subsidySource}`);
    return t("economics.drill.experts");
  };
  const what = (row: DrillRow) =>
    "experts" in row.who
      ? t("economics.drill.expertHours", { hours: (Number(row.what) / 60).toLocaleString(locale, { maximumFractionDigits: 1 }) })
      : row.what;
  const total = rows.reduce((s, r) => s + r.amountCents, 0);
  return (
    <section id="drill" className="card space-y-3" aria-labelledby="drill-title">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="drill-title" className="text-lg font-bold">
          {t("economics.drill.title", { figure: title })}
        </h2>
        <Link to={closeTo}>{t("economics.drill.close")}</Link>
      </div>
      {intro ? <p className="text-sm text-slate-700">{intro}</p> : null}
      {rows.length === 0 ? (
        <p>{t("economics.drill.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("economics.col.date")}</th>
                <th scope="col">{t("economics.col.document")}</th>
                <th scope="col">{t("economics.col.who")}</th>
                <th scope="col">{t("economics.col.what")}</th>
                <th scope="col" className="text-right">
                  {t("economics.col.amount")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <td className="whitespace-nowrap">{r.date}</td>
                  <td>{r.href ? <Link to={r.href}>{r.document ?? t("economics.drill.open")}</Link> : (r.document ?? "")}</td>
                  <td>{who(r)}</td>
                  <td>{what(r)}</td>
                  <td className="text-right tabular-nums">{formatMoney(r.amountCents, locale)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={4} className="text-left">
                  {t("economics.drill.total")}
                </th>
                <td className="text-right font-bold tabular-nums">{formatMoney(total, locale)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
