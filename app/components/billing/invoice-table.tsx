import { Link } from "@remix-run/react";
import { useLocale, useT } from "~/modules/i18n";
import { formatDay } from "~/utils/calendar";
import { formatMoney } from "~/utils/money";
import { InvoiceStatus } from "./invoice-status";

export type InvoiceRow = {
  id: string;
  kind: string;
  status: string;
  number: string | null;
  issueDate: string | null;
  dueDate: string | null;
  partyName: string;
  grossCents: number;
  paidCents: number;
  dueCents: number;
  inCollectionOn?: string | null;
};

/**
 * Invoices as a table that scans: number, customer, dates, amounts and status, with a totals
 * row computed from the very rows above it. Credit notes show and count negative.
 */
export function InvoiceTable({
  rows,
  totals,
  today,
  showParty = true,
  caption,
}: {
  rows: InvoiceRow[];
  totals: { grossCents: number; paidCents: number; dueCents: number };
  today: string;
  showParty?: boolean;
  caption: string;
}) {
  const t = useT();
  const locale = useLocale();
  const signed = (row: InvoiceRow) => (row.kind === "credit_note" ? -row.grossCents : row.grossCents);
  return (
    <div className="overflow-x-auto">
      <table className="data-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("billing.col.number")}</th>
            {showParty ? (
              <th scope="col" className="hidden md:table-cell">
                {t("billing.col.party")}
              </th>
            ) : null}
            <th scope="col" className="hidden md:table-cell">
              {t("billing.col.issueDate")}
            </th>
            <th scope="col" className="hidden md:table-cell">
              {t("billing.col.dueDate")}
            </th>
            <th scope="col" className="text-right">
              {t("billing.col.gross")}
            </th>
            <th scope="col" className="text-right">
              {t("billing.col.due")}
            </th>
            <th scope="col" className="hidden md:table-cell">
              {t("billing.col.status")}
            </th>
            <th scope="col" className="hidden md:table-cell">
              {t("billing.col.files")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="whitespace-nowrap">
                <Link to={`/invoices/${row.id}`} className="font-semibold">
                  {row.number ?? t("billing.noNumber")}
                </Link>
                <span className="block text-sm text-slate-600">{t(`billing.kind.${row.kind}`)}</span>
                <span className="mt-1 block md:hidden">
                  <InvoiceStatus
                    kind={row.kind}
                    status={row.status}
                    dueDate={row.dueDate}
                    today={today}
                    inCollectionOn={row.inCollectionOn}
                  />
                </span>
              </td>
              {showParty ? <td className="hidden md:table-cell">{row.partyName}</td> : null}
              <td className="hidden md:table-cell whitespace-nowrap">{row.issueDate ? formatDay(row.issueDate, locale) : "—"}</td>
              <td className="hidden md:table-cell whitespace-nowrap">
                {row.kind === "invoice" && row.dueDate ? formatDay(row.dueDate, locale) : "—"}
              </td>
              <td className="whitespace-nowrap text-right tabular-nums">{formatMoney(signed(row), locale)}</td>
              <td className="whitespace-nowrap text-right tabular-nums">{formatMoney(row.dueCents, locale)}</td>
              <td className="hidden md:table-cell">
                <InvoiceStatus
                  kind={row.kind}
                  status={row.status}
                  dueDate={row.dueDate}
                  today={today}
                  inCollectionOn={row.inCollectionOn}
                />
              </td>
              <td className="hidden md:table-cell whitespace-nowrap">
                {row.number ? <InvoiceFileLinks id={row.id} number={row.number} /> : "—"}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-semibold">
            {/* On a phone the dates, the customer and the files give way to the amounts and the status. */}
            <th scope="row" className="md:hidden">
              {t("billing.list.total")}
            </th>
            <th scope="row" colSpan={showParty ? 4 : 3} className="hidden md:table-cell">
              {t("billing.list.total")}
            </th>
            <td className="text-right tabular-nums" data-testid="total-gross">
              {formatMoney(totals.grossCents, locale)}
            </td>
            <td className="text-right tabular-nums" data-testid="total-due">
              {formatMoney(totals.dueCents, locale)}
            </td>
            <td className="hidden md:table-cell" colSpan={2} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The PDF and the UBL of an issued invoice: plain links, since both are files, not pages. */
function InvoiceFileLinks({ id, number }: { id: string; number: string }) {
  const t = useT();
  return (
    <>
      <a href={`/invoices/${id}/pdf`} aria-label={t("billing.file.pdfOf", { number })}>
        {t("billing.file.pdf")}
      </a>
      {" · "}
      <a href={`/invoices/${id}/ubl.xml`} aria-label={t("billing.file.ublOf", { number })}>
        {t("billing.file.ubl")}
      </a>
    </>
  );
}
