import { Form, Link } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { useLocale, useT } from "~/modules/i18n";
import { formatMoney } from "~/utils/money";

export type RefundProposal = { id: string; invoiceId: string; number: string; amountCents: number };

/** Refunds made in Stripe's dashboard, each with the manager's two answers: make the credit note, or none is needed. */
export function RefundProposals({ refunds }: { refunds: RefundProposal[] }) {
  const t = useT();
  const locale = useLocale();
  if (refunds.length === 0) return null;
  return (
    <div className="mt-4 border-t border-slate-200 pt-3">
      <h3 className="font-semibold">{t("stripe.refunds.title")}</h3>
      <p className="mb-2 text-sm text-slate-700">{t("stripe.refunds.intro")}</p>
      <ul className="grid gap-2">
        {refunds.map((r) => (
          <li key={r.id} className="flex flex-wrap items-center justify-between gap-2">
            <Link to={`/invoices/${r.invoiceId}`} className="break-words underline">
              {t("stripe.refunds.line", { number: r.number, amount: formatMoney(r.amountCents, locale) })}
            </Link>
            <Form method="post" action={`/admin/billing/refunds/${r.id}`} className="flex flex-wrap gap-2">
              <Button type="submit" name="intent" value="confirm" small>
                {t("stripe.refunds.confirm")}
              </Button>
              <Button type="submit" name="intent" value="dismiss" variant="secondary" small>
                {t("stripe.refunds.dismiss")}
              </Button>
            </Form>
          </li>
        ))}
      </ul>
    </div>
  );
}
