import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { auditFilterSchema, moneyEventKinds } from "~/modules/billing";
import { moneyEventsPage } from "~/modules/billing/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { formatDateTime } from "~/utils/dates";
import { parseQuery } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";
import { formatMoney } from "~/utils/money";

export const meta = pageTitle("audit.title");

/** The audit trail of money for the manager (and the accountant looking over their shoulder): read-only. */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const filter = parseQuery(args.request, auditFilterSchema);
  return moneyEventsPage(werkplaats.id, filter);
}

export default function AuditTrail() {
  const t = useT();
  const locale = useLocale();
  const { events, hasMore } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const last = events[events.length - 1];
  const older = new URLSearchParams(params);
  if (last) older.set("before", new Date(last.at).toISOString());
  return (
    <div className="space-y-6">
      <PageHeader title={t("audit.title")} intro={t("audit.intro")} />
      <Form method="get" role="search" className="card grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <div>
          <label htmlFor="invoice" className="mb-1 block font-semibold">
            {t("audit.filter.invoice")}
          </label>
          <input id="invoice" name="invoice" className="input" maxLength={40} defaultValue={params.get("invoice") ?? ""} />
        </div>
        <div>
          <label htmlFor="kind" className="mb-1 block font-semibold">
            {t("audit.filter.kind")}
          </label>
          <select id="kind" name="kind" className="input" defaultValue={params.get("kind") ?? ""}>
            <option value="">{t("audit.filter.allKinds")}</option>
            {moneyEventKinds.map((k) => (
              <option key={k} value={k}>
                {t(`audit.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          {t("audit.filter.apply")}
        </Button>
      </Form>
      <section className="card">
        {events.length === 0 ? (
          <p className="text-slate-700">{t("audit.empty")}</p>
        ) : (
          <table className="data-table">
            <caption className="sr-only">{t("audit.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("audit.col.at")}</th>
                <th scope="col">{t("audit.col.kind")}</th>
                <th scope="col" className="hidden md:table-cell">
                  {t("audit.col.who")}
                </th>
                <th scope="col" className="text-right">
                  {t("audit.col.amount")}
                </th>
                <th scope="col" className="hidden md:table-cell">
                  {t("audit.col.detail")}
                </th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id}>
                  <td className="text-sm">{formatDateTime(e.at, locale)}</td>
                  <td>
                    {t(`audit.kind.${e.kind}`)}
                    {e.invoiceId && e.invoiceNumber ? (
                      <Link to={`/invoices/${e.invoiceId}`} className="block text-sm whitespace-nowrap">
                        {e.invoiceNumber}
                      </Link>
                    ) : null}
                    <span className="block text-sm text-slate-600 md:hidden">{e.actorName ?? t("audit.system")}</span>
                  </td>
                  <td className="hidden md:table-cell">{e.actorName ?? t("audit.system")}</td>
                  <td className="text-right whitespace-nowrap tabular-nums">
                    {e.summary.amountCents !== null ? formatMoney(e.summary.amountCents, locale) : ""}
                  </td>
                  <td className="hidden text-sm break-words md:table-cell">
                    {[e.summary.step ? t(`receivables.reminder.${e.summary.step}`) : null, e.summary.to].filter(Boolean).join(" · ")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {hasMore ? (
        <Link to={`?${older.toString()}`} className="btn-secondary">
          {t("audit.older")}
        </Link>
      ) : null}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
