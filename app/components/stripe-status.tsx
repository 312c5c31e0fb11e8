import { RefundProposals, type RefundProposal } from "~/components/stripe-refund-proposals";
import { Notice } from "~/components/ui/notice";
import { StatusBadge } from "~/components/ui/status-badge";
import { useLocale, useT } from "~/modules/i18n";
import { formatDay } from "~/utils/calendar";
import { toLocalParts } from "~/utils/zoned-time";

type Overview =
  | { configured: false; stuck: unknown[]; refunds: unknown[] }
  | {
      configured: true;
      testMode: boolean;
      answers: boolean;
      lastWebhookAt: string | null;
      stuck: { id: string; kind: string; attempts: number; error: string }[];
      refunds: RefundProposal[];
    };

/** The Stripe card on /admin/billing: connected or not, test or live, answering, the last webhook, calls that keep failing. */
export function StripeStatusCard({ stripe, timezone, webhookUrl }: { stripe: Overview; timezone: string; webhookUrl: string }) {
  const t = useT();
  const locale = useLocale();
  if (!stripe.configured) {
    return (
      <section className="card mb-5" aria-labelledby="stripe-status">
        <h2 id="stripe-status" className="mb-2 text-lg font-semibold">
          {t("stripe.status.title")}
        </h2>
        <p>{t("stripe.status.off")}</p>
      </section>
    );
  }
  const at = stripe.lastWebhookAt ? toLocalParts(new Date(stripe.lastWebhookAt), timezone) : null;
  return (
    <section className="card mb-5" aria-labelledby="stripe-status">
      <h2 id="stripe-status" className="mb-2 flex flex-wrap items-center gap-2 text-lg font-semibold">
        {t("stripe.status.title")}
        <StatusBadge tone={stripe.testMode ? "warn" : "good"}>
          {t(stripe.testMode ? "stripe.status.mode.test" : "stripe.status.mode.live")}
        </StatusBadge>
      </h2>
      <p className={stripe.answers ? "" : "font-semibold text-red-800"}>
        {t(stripe.answers ? "stripe.status.answers" : "stripe.status.silent")}
      </p>
      <p className="break-words">
        {at
          ? t("stripe.status.lastWebhook", { at: `${formatDay(at.date, locale, "short")} ${at.time}` })
          : t("stripe.status.noWebhook", { url: webhookUrl })}
      </p>
      {stripe.stuck.length > 0 ? (
        <div className="mt-3">
          <Notice tone="warning" title={t("stripe.status.stuck", { count: stripe.stuck.length })}>
            <ul className="list-disc pl-5">
              {stripe.stuck.map((c) => (
                <li key={c.id} className="break-words">
                  {t("stripe.status.stuckLine", { kind: c.kind, attempts: c.attempts, error: c.error })}
                </li>
              ))}
            </ul>
          </Notice>
        </div>
      ) : null}
      <RefundProposals refunds={stripe.refunds} />
    </section>
  );
}
