import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { isStripeConfigured, payoutsOf } from "~/modules/stripe/index.server";
import { formatDay, type IsoDate } from "~/utils/calendar";
import { pageTitle } from "~/utils/meta";
import { formatMoney } from "~/utils/money";

export const meta = pageTitle("stripe.payouts.title");

export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  if (!isStripeConfigured()) return { configured: false as const, payouts: [] };
  return { configured: true as const, payouts: await payoutsOf(werkplaats.id) };
}

type Payout = Awaited<ReturnType<typeof payoutsOf>>[number];

function PayoutLines({ payout }: { payout: Payout }) {
  const t = useT();
  const locale = useLocale();
  const money = (cents: number) => formatMoney(cents, locale);
  return (
    <div className="overflow-x-auto">
      <table className="data-table">
        <caption className="sr-only">{payout.id}</caption>
        <thead>
          <tr>
            <th scope="col">{t("stripe.payouts.col.invoice")}</th>
            <th scope="col" className="hidden sm:table-cell">
              {t("stripe.payouts.col.type")}
            </th>
            <th scope="col" className="text-right">
              {t("stripe.payouts.col.gross")}
            </th>
            <th scope="col" className="text-right">
              {t("stripe.payouts.col.fee")}
            </th>
            <th scope="col" className="text-right">
              {t("stripe.payouts.col.net")}
            </th>
          </tr>
        </thead>
        <tbody>
          {payout.lines.map((line) => (
            <tr key={line.id}>
              <td>{line.invoiceId ? <Link to={`/invoices/${line.invoiceId}`}>{line.invoiceNumber}</Link> : "—"}</td>
              <td className="hidden sm:table-cell">{t(`stripe.payouts.type.${line.type}`)}</td>
              <td className="text-right tabular-nums">{money(line.grossCents)}</td>
              <td className="text-right tabular-nums">{money(line.feeCents)}</td>
              <td className="text-right tabular-nums">{money(line.netCents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-semibold">
            <th scope="row">{t("stripe.payouts.total")}</th>
            <td className="hidden sm:table-cell" />
            <td className="text-right tabular-nums">{money(payout.grossCents)}</td>
            <td className="text-right tabular-nums">{money(payout.feeCents)}</td>
            <td className="text-right tabular-nums">{money(payout.netCents)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The manager reconciles each Stripe credit on the bank statement: per payout, the invoices, the fees, the net. */
export default function StripePayouts() {
  const t = useT();
  const locale = useLocale();
  const { configured, payouts } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <PageHeader title={t("stripe.payouts.title")} intro={t("stripe.payouts.intro")} />
      {!configured ? <Notice>{t("stripe.payouts.off")}</Notice> : null}
      {configured && payouts.length === 0 ? <p className="card text-slate-700">{t("stripe.payouts.empty")}</p> : null}
      {payouts.map((payout) => (
        <section key={payout.id} className="card space-y-3" aria-labelledby={`payout-${payout.id}`}>
          <h2 id={`payout-${payout.id}`} className="text-lg font-bold">
            {t("stripe.payouts.summary", {
              date: formatDay(payout.arrivalDate as IsoDate, locale),
              net: formatMoney(payout.amountCents, locale),
            })}
          </h2>
          <p className="text-sm break-all text-slate-600">
            {payout.id} · {t(`stripe.payouts.status.${payout.status}`)}
          </p>
          {payout.netCents !== payout.amountCents ? (
            <Notice>
              {t("stripe.payouts.others", {
                amount: formatMoney(payout.amountCents, locale),
                rest: formatMoney(payout.amountCents - payout.netCents, locale),
              })}
            </Notice>
          ) : null}
          <PayoutLines payout={payout} />
        </section>
      ))}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
