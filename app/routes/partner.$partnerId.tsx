import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { InvoiceTable } from "~/components/billing/invoice-table";
import { ErrorPage } from "~/components/error-page";
import { AgreementList } from "~/components/partners/agreements";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import type { InKindKind } from "~/modules/partners";
import { partnerHome } from "~/modules/partners/index.server";
import { formatDay } from "~/utils/calendar";
import { orErrorResponse } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";
import { formatMoney } from "~/utils/money";
import { uuidParam } from "~/utils/params.server";
import { todayIn } from "~/utils/zoned-time";

export const meta = pageTitle("partners.home.title");

/** A partner's own page for its contacts: what it supports, its agreements, invoices and gifts in kind; another partner's is 404. */
export async function loader(args: LoaderFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "partner");
  const partnerId = uuidParam(args.params.partnerId);
  const home = await orErrorResponse(() => partnerHome(werkplaats.id, user, partnerId, werkplaats.timezone));
  return { ...home, today: todayIn(new Date(), werkplaats.timezone) };
}

export default function PartnerHome() {
  const t = useT();
  const locale = useLocale();
  const { partner, agreements, invoices, invoiceTotals, inKind, today } = useLoaderData<typeof loader>();
  const money = (cents: number) => formatMoney(cents, locale);
  return (
    <div className="space-y-6">
      <PageHeader title={partner.name} intro={t("partners.home.intro")} />
      <section className="card space-y-4" aria-labelledby="agreements-title">
        <h2 id="agreements-title" className="text-xl font-bold">
          {t("partners.home.agreements")}
        </h2>
        <AgreementList agreements={agreements} />
      </section>
      <section className="card space-y-3" aria-labelledby="invoices-title">
        <h2 id="invoices-title" className="text-xl font-bold">
          {t("partners.home.invoices")}
        </h2>
        {invoices.length === 0 ? (
          <p className="text-slate-700">{t("partners.home.noInvoices")}</p>
        ) : (
          <InvoiceTable rows={invoices} totals={invoiceTotals} today={today} showParty={false} caption={t("partners.home.invoices")} />
        )}
      </section>
      <section className="card space-y-3" aria-labelledby="inkind-title">
        <h2 id="inkind-title" className="text-xl font-bold">
          {t("partners.home.inKind")}
        </h2>
        {inKind.length === 0 ? (
          <p className="text-slate-700">{t("financing.inKind.none")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("economics.col.date")}</th>
                  <th scope="col">{t("financing.inKind.kind")}</th>
                  <th scope="col">{t("economics.col.what")}</th>
                  <th scope="col" className="text-right">
                    {t("economics.col.amount")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {inKind.map((c) => (
                  <tr key={c.id}>
                    <td className="whitespace-nowrap">{formatDay(c.givenOn, locale)}</td>
                    <td>
                      {t(`financing.inKind.kind.${c.kind as InKindKind}`)}
                      {c.hours ? ` · ${t("partners.home.hours", { hours: Number(c.hours).toLocaleString(locale) })}` : ""}
                    </td>
                    <td>{c.description}</td>
                    <td className="text-right tabular-nums">{money(c.valueCents)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={3} className="text-left">
                    {t("economics.drill.total")}
                  </th>
                  <td className="text-right font-bold tabular-nums">{money(inKind.reduce((s, c) => s + c.valueCents, 0))}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
