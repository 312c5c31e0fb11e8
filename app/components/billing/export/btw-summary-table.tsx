import type { BtwSummary } from "~/modules/billing";
import { useLocale, useT } from "~/modules/i18n";
import { formatMoney } from "~/utils/money";

/**
 * The BTW summary as the manager copies it into the aangifte: rubriek, what it is, revenue and
 * BTW. The rows without a rubriek (exempt, deposits) are shown in grey so the total still adds
 * up to the invoice list.
 */
export function BtwSummaryTable({ summary }: { summary: BtwSummary }) {
  const t = useT();
  const locale = useLocale();
  const money = (cents: number) => formatMoney(cents, locale);
  return (
    <table className="data-table">
      <caption className="sr-only">{t("billing.export.summary.title")}</caption>
      <thead>
        <tr>
          <th scope="col" className="hidden w-12 sm:table-cell">
            {t("billing.export.summary.rubriek")}
          </th>
          <th scope="col">{t("billing.export.summary.description")}</th>
          <th scope="col" className="text-right">
            {t("billing.export.summary.net")}
          </th>
          <th scope="col" className="text-right">
            {t("billing.export.summary.btw")}
          </th>
          <th scope="col" className="hidden text-right md:table-cell">
            {t("billing.export.summary.gross")}
          </th>
        </tr>
      </thead>
      <tbody>
        {summary.rows.map((row) => (
          <tr key={row.row} className={row.inAangifte ? "" : "text-slate-600"}>
            <td className="hidden font-semibold sm:table-cell">{row.inAangifte ? row.row : "–"}</td>
            <td>
              {/* On a phone the rubriek leads the description instead of taking a column. */}
              {row.inAangifte ? <span className="font-semibold sm:hidden">{row.row} · </span> : null}
              {t(`billing.export.summary.row.${row.row}`)}
            </td>
            <td className="whitespace-nowrap text-right tabular-nums">{money(row.netCents)}</td>
            <td className="whitespace-nowrap text-right tabular-nums">{money(row.btwCents)}</td>
            <td className="hidden whitespace-nowrap text-right tabular-nums md:table-cell">{money(row.grossCents)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="font-semibold">
          <td className="hidden sm:table-cell" />
          <td className="px-3 py-2">{t("billing.export.summary.total")}</td>
          <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{money(summary.totals.netCents)}</td>
          <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{money(summary.totals.btwCents)}</td>
          <td className="hidden whitespace-nowrap px-3 py-2 text-right tabular-nums md:table-cell">{money(summary.totals.grossCents)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
