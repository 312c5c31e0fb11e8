import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { InvoiceTable } from "~/components/billing/invoice-table";
import { ErrorPage } from "~/components/error-page";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { requireUser, requireWerkplaats } from "~/modules/auth/index.server";
import { invoicesOfMember } from "~/modules/billing/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { formatMoney } from "~/utils/money";
import { pageTitle } from "~/utils/meta";
import { todayIn } from "~/utils/zoned-time";

export const meta = pageTitle("billing.mine.title");

/** A person's invoices: those in their own name and their company's. */
export async function loader(args: LoaderFunctionArgs) {
  const user = requireUser(args);
  const werkplaats = requireWerkplaats(args);
  const list = await invoicesOfMember(werkplaats.id, user.id);
  return { ...list, today: todayIn(new Date(), werkplaats.timezone) };
}

export default function MyInvoices() {
  const t = useT();
  const locale = useLocale();
  const { invoices, totals, today } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-5xl">
      <PageHeader title={t("billing.mine.title")} intro={t("billing.mine.intro")} />
      {totals.dueCents > 0 ? (
        <Notice tone="warning">{t("billing.mine.open", { amount: formatMoney(totals.dueCents, locale) })}</Notice>
      ) : null}
      <section className="card mt-4">
        {invoices.length === 0 ? (
          <p className="py-6 text-slate-700">{t("billing.mine.empty")}</p>
        ) : (
          <InvoiceTable rows={invoices} totals={totals} today={today} showParty caption={t("billing.mine.title")} />
        )}
      </section>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
