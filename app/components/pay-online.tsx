import { Form } from "@remix-run/react";
import { Notice } from "~/components/ui/notice";
import { useLocale, useT } from "~/modules/i18n";
import { formatMoney } from "~/utils/money";

/** Paying an invoice through Stripe from its page: the button (with consent for later collection), or "wordt geïncasseerd". */
export function PayOnline({
  invoiceId,
  dueCents,
  online,
  returned,
}: {
  invoiceId: string;
  dueCents: number;
  online: { canPay: boolean; collecting: boolean };
  returned: "paid" | "pending" | null;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      {returned ? (
        <Notice tone={returned === "paid" ? "success" : "info"}>
          {t(returned === "paid" ? "stripe.pay.paidReturn" : "stripe.pay.pendingReturn")}
        </Notice>
      ) : null}
      {online.collecting ? <Notice tone="info">{t("stripe.pay.collecting")}</Notice> : null}
      {online.canPay ? (
        <section className="card" aria-labelledby="pay-online-title">
          <h2 id="pay-online-title" className="mb-2 text-xl font-bold">
            {t("stripe.pay.title")}
          </h2>
          <p className="mb-3">{t("stripe.pay.intro", { amount: formatMoney(dueCents, locale) })}</p>
          <Form method="post" action={`/invoices/${invoiceId}/pay`} reloadDocument className="space-y-3">
            <label className="flex items-start gap-2">
              <input type="checkbox" name="saveForLater" className="mt-1" />
              <span>{t("stripe.pay.saveForLater")}</span>
            </label>
            <button type="submit" className="btn-primary">
              {t("stripe.pay.button")}
            </button>
          </Form>
        </section>
      ) : null}
    </>
  );
}
