import { Link } from "@remix-run/react";
import { useLocale, useT } from "~/modules/i18n";
import { formatDay } from "~/utils/calendar";
import { formatMoney } from "~/utils/money";

/** On a member's start page: what they still have to pay, and the way to their invoices. */
export function OpenInvoicesSection({ open }: { open: { count: number; dueCents: number; oldestDueDate: string } }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="card" aria-labelledby="open-invoices-title">
      <h2 id="open-invoices-title" className="text-xl font-bold">
        {t("receivables.home.title")}
      </h2>
      <p className="mt-1 text-slate-700">
        {t(open.count === 1 ? "receivables.home.summary.one" : "receivables.home.summary", {
          count: open.count,
          amount: formatMoney(open.dueCents, locale),
          date: formatDay(open.oldestDueDate, locale),
        })}
      </p>
      <p className="mt-3">
        <Link to="/invoices">{t("receivables.home.link")}</Link>
      </p>
    </section>
  );
}
