import { Link } from "@remix-run/react";
import { useLocale, useT } from "~/modules/i18n";
import { formatMoney } from "~/utils/money";

type Receipt = { invoiceId: string; number: string | null; dueCents: number; iban: string | null; paymentReference: string | null };

/** Under an unpaid pass or ticket: how to pay it (amount, IBAN, betalingskenmerk) and its invoice. */
export function SaleReceipt({ receipt }: { receipt: Receipt | null }) {
  const t = useT();
  const locale = useLocale();
  if (!receipt?.number) return <p className="mt-1 text-sm text-slate-700">{t("billing.sales.invoiceLater")}</p>;
  return (
    <div className="mt-1 text-sm text-slate-700">
      {receipt.dueCents > 0 && receipt.iban && receipt.paymentReference ? (
        <p className="break-words">
          {t("billing.sales.howToPay", {
            amount: formatMoney(receipt.dueCents, locale),
            iban: receipt.iban,
            reference: receipt.paymentReference,
          })}
        </p>
      ) : null}
      <Link to={`/invoices/${receipt.invoiceId}`}>{t("billing.sales.invoiceLink", { number: receipt.number })}</Link>
    </div>
  );
}
