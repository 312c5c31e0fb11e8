import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useRevalidator } from "@remix-run/react";
import { useEffect } from "react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SelectField, TextField } from "~/components/form";
import { Button, LinkButton } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { StatusBadge } from "~/components/ui/status-badge";
import { StripeStatusCard } from "~/components/stripe-status";
import { requireRole } from "~/modules/auth/index.server";
import { runActionSchema, runMonthQuerySchema } from "~/modules/billing";
import { previewMonth, runAction } from "~/modules/billing/index.server";
import { stripeOverview } from "~/modules/stripe/index.server";
import { appUrl } from "~/utils/env.server";
import { useLocale, useT } from "~/modules/i18n";
import { formatDay } from "~/utils/calendar";
import { parseQuery, submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";
import { formatMoney } from "~/utils/money";
import { todayIn } from "~/utils/zoned-time";

export const meta = pageTitle("billing.run.title");

/** The monthly billing run: the month's preview per party, the manager's choices, and issuing with progress. */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const query = parseQuery(args.request, runMonthQuerySchema);
  const month = query.month ?? todayIn(new Date(), werkplaats.timezone).slice(0, 7);
  const [preview, stripe] = await Promise.all([previewMonth(werkplaats.id, month), stripeOverview(werkplaats.id)]);
  return { ...preview, stripe, timezone: werkplaats.timezone, webhookUrl: `${appUrl()}/webhooks/stripe` };
}

export async function action(args: ActionFunctionArgs) {
  const { werkplaats, user } = requireRole(args, "manager");
  return submitForm(args.request, runActionSchema, async (input) => {
    await runAction(werkplaats.id, user.id, input);
    return successReply(input.intent === "oneOff" ? { key: "billing.run.oneOff.added" } : undefined);
  });
}

export default function BillingRunPage() {
  const t = useT();
  const locale = useLocale();
  const { month, run, invoices, totals, missing, stripe, timezone, webhookUrl } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const revalidator = useRevalidator();
  const running = run?.status === "running";
  // Follow the run while it issues: the record says how far it got.
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => revalidator.state === "idle" && revalidator.revalidate(), 1000);
    return () => clearInterval(timer);
  }, [running, revalidator]);
  const money = (cents: number) => formatMoney(cents, locale);
  const period = (p: { start: string; end: string }) =>
    p.start === p.end
      ? formatDay(p.start, locale, "short")
      : `${formatDay(p.start, locale, "short")} – ${formatDay(p.end, locale, "short")}`;

  return (
    <div>
      <PageHeader
        title={t("billing.run.title")}
        intro={t("billing.run.intro")}
        actions={
          <LinkButton to="/admin/invoices" variant="secondary">
            {t("billing.nav.invoices")}
          </LinkButton>
        }
      />
      <Form method="get" className="card mb-5 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="month" className="mb-1 block font-semibold">
            {t("billing.run.month")}
          </label>
          <input id="month" name="month" type="month" defaultValue={month} className="input" required />
        </div>
        <Button type="submit" variant="secondary">
          {t("billing.run.show")}
        </Button>
      </Form>
      <StripeStatusCard stripe={stripe} timezone={timezone} webhookUrl={webhookUrl} />
      <ErrorSummary reply={reply} />
      {missing.length > 0 ? (
        <Notice tone="warning" title={t("billing.run.settingsMissing", { count: missing.length })}>
          <Link to="/admin/billing/settings" className="underline">
            {t("billing.nav.settings")}
          </Link>
        </Notice>
      ) : null}
      {run && run.status !== "idle" ? (
        <section className="card mb-5" aria-live="polite" aria-labelledby="run-status">
          <h2 id="run-status" className="font-semibold">
            {running
              ? t("billing.run.progress", { done: run.partiesDone, total: run.partiesTotal })
              : run.status === "interrupted"
                ? t("billing.run.interrupted", { done: run.partiesDone, total: run.partiesTotal })
                : t("billing.run.done", { issued: run.invoicesIssued, month })}
          </h2>
          {running ? <progress className="mt-2 w-full" max={Math.max(run.partiesTotal, 1)} value={run.partiesDone} /> : null}
          {run.failures.length > 0 ? (
            <div className="mt-3">
              <h3 className="font-semibold text-red-900">{t("billing.run.failures", { count: run.failures.length })}</h3>
              <ul className="mt-1 list-disc pl-5">
                {run.failures.map((f) => (
                  <li key={f.partyKey}>
                    <strong>{f.name}</strong>: {t(f.reason.key, f.reason.vars)}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      ) : null}
      <section className="card mb-5 flex flex-wrap items-center justify-between gap-3" aria-labelledby="summary">
        <h2 id="summary" className="font-semibold">
          {invoices.length === 0
            ? t("billing.run.nothing")
            : t("billing.run.summary", { parties: totals.parties, gross: money(totals.grossCents), net: money(totals.netCents) })}
        </h2>
        {totals.parties > 0 ? (
          <Form method="post">
            <input type="hidden" name="month" value={month} />
            <Button type="submit" name="intent" value="issue" disabled={busy || running || missing.length > 0}>
              {t("billing.run.issueConfirm", { parties: totals.parties, month })}
            </Button>
          </Form>
        ) : null}
      </section>
      <ul className="grid gap-4" aria-label={t("billing.run.title")}>
        {invoices.map((invoice) => (
          <li key={invoice.party.key} className={`card ${invoice.excluded ? "opacity-70" : ""}`}>
            <article aria-labelledby={`party-${invoice.party.key}`}>
              <header className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <h3 id={`party-${invoice.party.key}`} className="font-semibold break-words">
                    {invoice.party.name}
                  </h3>
                  <p className="text-sm text-slate-700">
                    {t(`billing.run.kind.${invoice.party.kind}`)}
                    {invoice.excluded ? (
                      <>
                        {" · "}
                        <StatusBadge tone="warn">{t("billing.run.excluded")}</StatusBadge>
                      </>
                    ) : null}
                  </p>
                </div>
                <p className="text-right font-semibold tabular-nums">{money(invoice.totals.grossCents)}</p>
              </header>
              <ul className="mt-3 divide-y divide-slate-200 border-t border-slate-200 text-sm">
                {invoice.lines.map((line) => (
                  <li key={line.chargeKey} className="flex items-start justify-between gap-3 py-2">
                    <div className="min-w-0">
                      <p className="break-words">{line.description}</p>
                      <p className="text-slate-600">{period(line.period)}</p>
                    </div>
                    <div className="shrink-0 text-right tabular-nums">
                      <p>{money(line.netCents)}</p>
                      <p className="text-slate-600">
                        {t("billing.run.col.btw")} {money(line.btwCents)}
                      </p>
                      {line.oneOffId ? (
                        <Form method="post">
                          <input type="hidden" name="month" value={month} />
                          <input type="hidden" name="oneOffId" value={line.oneOffId} />
                          <button type="submit" name="intent" value="removeOneOff" className="text-sm underline" disabled={busy}>
                            {t("billing.run.oneOff.remove")}
                          </button>
                        </Form>
                      ) : null}
                    </div>
                  </li>
                ))}
                {invoice.refunds.map((refund) => (
                  <li key={refund.lineId} className="flex items-start justify-between gap-3 py-2">
                    <p className="min-w-0 break-words">{t("billing.run.refund", { description: refund.description })}</p>
                    <p className="shrink-0 tabular-nums">−{money(refund.netCents)}</p>
                  </li>
                ))}
              </ul>
              <div className="mt-3 flex flex-wrap items-start gap-3">
                <Form method="post">
                  <input type="hidden" name="month" value={month} />
                  <input type="hidden" name="partyKey" value={invoice.party.key} />
                  <Button
                    type="submit"
                    name="intent"
                    value={invoice.excluded ? "include" : "exclude"}
                    variant="secondary"
                    small
                    disabled={busy}
                  >
                    {invoice.excluded ? t("billing.run.include") : t("billing.run.exclude")}
                  </Button>
                </Form>
                <details className="min-w-0 flex-1">
                  <summary className="cursor-pointer py-1 underline">{t("billing.run.oneOff.add")}</summary>
                  <Form method="post" className="mt-2 grid gap-2 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-end">
                    <input type="hidden" name="month" value={month} />
                    <input type="hidden" name="partyKey" value={invoice.party.key} />
                    <TextField
                      name="description"
                      label={t("billing.run.oneOff.description")}
                      scope={invoice.party.key}
                      maxLength={200}
                      required
                    />
                    <TextField
                      name="amount"
                      label={t("billing.run.oneOff.amount")}
                      scope={invoice.party.key}
                      inputMode="decimal"
                      required
                    />
                    <SelectField
                      name="rate"
                      label={t("billing.run.oneOff.rate")}
                      scope={invoice.party.key}
                      options={["21", "9", "0"].map((r) => ({ value: r, label: `${r} %` }))}
                    />
                    <Button type="submit" name="intent" value="oneOff" small disabled={busy}>
                      {t("billing.run.oneOff.add")}
                    </Button>
                  </Form>
                </details>
              </div>
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
