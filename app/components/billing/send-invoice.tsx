import { useFetcher } from "@remix-run/react";
import { ErrorSummary, SuccessNotice } from "~/components/form";
import { Button } from "~/components/ui/button";
import { useLocale, useT } from "~/modules/i18n";
import { formatDateTime } from "~/utils/dates";
import type { FormReply } from "~/utils/forms";

const SEND_ACTION = "/admin/invoices/send";

/** On the invoice page: whether and where it was mailed, and the button to send it (again). */
export function SendInvoice({ invoiceId, lastSent }: { invoiceId: string; lastSent: { at: string | Date; to: string } | null }) {
  const t = useT();
  const locale = useLocale();
  const fetcher = useFetcher<FormReply>();
  return (
    <section className="card" aria-labelledby="send-title">
      <h2 id="send-title" className="sr-only">
        {t("billing.sending.send")}
      </h2>
      <SuccessNotice reply={fetcher.data} />
      <ErrorSummary reply={fetcher.data} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-slate-700">
          {lastSent
            ? t("billing.sending.sentOn", { date: formatDateTime(lastSent.at, locale), email: lastSent.to })
            : t("billing.sending.notSent")}
        </p>
        <fetcher.Form method="post" action={SEND_ACTION}>
          <input type="hidden" name="invoiceId" value={invoiceId} />
          <Button
            type="submit"
            name="intent"
            value={lastSent ? "resend" : "send"}
            variant={lastSent ? "secondary" : "primary"}
            disabled={fetcher.state !== "idle"}
          >
            {lastSent ? t("billing.sending.resend") : t("billing.sending.send")}
          </Button>
        </fetcher.Form>
      </div>
    </section>
  );
}

/** On the invoice list: how many issued invoices were not mailed yet, and one button for all of them. */
export function SendAllUnsent({ unsent }: { unsent: number }) {
  const t = useT();
  const fetcher = useFetcher<FormReply>();
  if (unsent === 0 && !fetcher.data) return null;
  return (
    <div className="card mb-5">
      <SuccessNotice reply={fetcher.data} />
      <ErrorSummary reply={fetcher.data} />
      {unsent > 0 ? (
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-slate-700">{t(unsent === 1 ? "billing.sending.unsent.one" : "billing.sending.unsent", { count: unsent })}</p>
          <fetcher.Form method="post" action={SEND_ACTION}>
            <Button type="submit" name="intent" value="sendAll" disabled={fetcher.state !== "idle"}>
              {t("billing.sending.sendAll")}
            </Button>
          </fetcher.Form>
        </div>
      ) : null}
    </div>
  );
}
