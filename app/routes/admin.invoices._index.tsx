import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { InvoiceTable } from "~/components/billing/invoice-table";
import { SendAllUnsent } from "~/components/billing/send-invoice";
import { ErrorPage } from "~/components/error-page";
import { Button, LinkButton } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { invoiceFilterSchema } from "~/modules/billing";
import { listInvoices, unsentInvoiceIds } from "~/modules/billing/index.server";
import { useT } from "~/modules/i18n";
import { parseQuery } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";
import { todayIn } from "~/utils/zoned-time";

export const meta = pageTitle("billing.list.title");

const statusFilters = ["open", "draft", "issued", "paid", "credited"] as const;

/** The manager's invoices and credit notes, filtered by status, customer and issue date. */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const filter = parseQuery(args.request, invoiceFilterSchema);
  const [list, unsent] = await Promise.all([listInvoices(werkplaats.id, filter), unsentInvoiceIds(werkplaats.id)]);
  return { ...list, unsent: unsent.length, filtered: Object.values(filter).some(Boolean), today: todayIn(new Date(), werkplaats.timezone) };
}

export default function AdminInvoices() {
  const t = useT();
  const { invoices, totals, parties, filtered, today, unsent } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <div>
      <PageHeader
        title={t("billing.list.title")}
        intro={t("billing.list.intro")}
        actions={
          <>
            <LinkButton to="/admin/billing/settings" variant="secondary">
              {t("billing.list.settings")}
            </LinkButton>
            <LinkButton to="/admin/invoices/new">{t("billing.list.new")}</LinkButton>
          </>
        }
      />
      <SendAllUnsent unsent={unsent} />
      <Form method="get" role="search" className="card mb-5 grid gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_2fr_1fr_1fr_auto] lg:items-end">
        <div>
          <label htmlFor="status" className="mb-1 block font-semibold">
            {t("billing.col.status")}
          </label>
          <select id="status" name="status" defaultValue={params.get("status") ?? ""} className="input">
            <option value="">{t("billing.list.any")}</option>
            {statusFilters.map((s) => (
              <option key={s} value={s}>
                {s === "issued" ? `${t("billing.status.issued")} / ${t("billing.status.overdue")}` : t(`billing.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="party" className="mb-1 block font-semibold">
            {t("billing.list.party")}
          </label>
          <select id="party" name="party" defaultValue={params.get("party") ?? ""} className="input">
            <option value="">{t("billing.list.any")}</option>
            {parties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="from" className="mb-1 block font-semibold">
            {t("billing.list.from")}
          </label>
          <input id="from" name="from" type="date" defaultValue={params.get("from") ?? ""} className="input" />
        </div>
        <div>
          <label htmlFor="to" className="mb-1 block font-semibold">
            {t("billing.list.to")}
          </label>
          <input id="to" name="to" type="date" defaultValue={params.get("to") ?? ""} className="input" />
        </div>
        <Button type="submit" variant="secondary">
          {t("billing.list.filter")}
        </Button>
      </Form>
      <section className="card" aria-labelledby="results">
        <h2 id="results" className="mb-3 text-sm font-semibold text-slate-700">
          {t("billing.list.results", { count: invoices.length })}
        </h2>
        {invoices.length === 0 ? (
          <p className="py-6 text-slate-700">{filtered ? t("billing.list.none") : t("billing.list.empty")}</p>
        ) : (
          <InvoiceTable rows={invoices} totals={totals} today={today} caption={t("billing.list.title")} />
        )}
      </section>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
