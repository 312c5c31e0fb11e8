import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { BtwSummaryTable } from "~/components/billing/export/btw-summary-table";
import { LedgerCodesForm } from "~/components/billing/export/ledger-codes-form";
import { ErrorPage } from "~/components/error-page";
import { Button, LinkButton } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { exportPeriodSchema, ledgerCodesSchema, periodChoices, type ExportPeriod } from "~/modules/billing";
import { exportOverview, exportPeriod, saveLedgerCodes } from "~/modules/billing/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { formatDay } from "~/utils/calendar";
import { formDataToObject, submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";
import { todayIn } from "~/utils/zoned-time";

export const meta = pageTitle("billing.export.title");

/**
 * The accountant's export: the manager picks a period and sees what was issued in it and the
 * BTW summary; the files come from the download routes beside this one. A period the manager
 * typed wrong (an end before the start) is said on the page, which then shows this quarter.
 */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const today = todayIn(new Date(), werkplaats.timezone);
  const parsed = exportPeriodSchema.safeParse(formDataToObject(new URL(args.request.url).searchParams));
  const period = exportPeriod(parsed.success ? parsed.data : {}, today);
  const overview = await exportOverview(werkplaats.id, period);
  return {
    ...overview,
    period,
    choices: periodChoices(today),
    periodError: parsed.success ? null : (parsed.error.issues[0]?.message ?? null),
  };
}

export async function action(args: ActionFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  return submitForm(args.request, ledgerCodesSchema, async (input) => {
    await saveLedgerCodes(werkplaats.id, input);
    return successReply({ key: "billing.export.codes.saved" });
  });
}

const queryOf = (period: ExportPeriod) =>
  period.choice === "range" ? `?period=range&from=${period.start}&to=${period.end}` : `?period=${period.choice}`;

export default function BillingExport() {
  const t = useT();
  const locale = useLocale();
  const { period, choices, invoices, creditNotes, summary, codes, periodError } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const empty = invoices + creditNotes === 0;
  const query = queryOf(period);
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <PageHeader
        title={t("billing.export.title")}
        intro={t("billing.export.intro")}
        actions={
          <LinkButton to="/admin/invoices" variant="secondary">
            {t("billing.nav.invoices")}
          </LinkButton>
        }
      />
      <Form
        method="get"
        className="card grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto] lg:items-end"
        aria-label={t("billing.export.period")}
      >
        <div>
          <label htmlFor="period" className="mb-1 block font-semibold">
            {t("billing.export.period")}
          </label>
          <select id="period" name="period" defaultValue={period.choice} className="input">
            <optgroup label={t("billing.export.quarters")}>
              {choices.quarters.map((q) => (
                <option key={q} value={q}>
                  {q.replace("-Q", " Q")}
                </option>
              ))}
            </optgroup>
            <optgroup label={t("billing.export.months")}>
              {choices.months.map((m) => (
                <option key={m} value={m}>
                  {formatDay(`${m}-01`, locale, "month")}
                </option>
              ))}
            </optgroup>
            <optgroup label={t("billing.export.years")}>
              {choices.years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </optgroup>
            <option value="range">{t("billing.export.range")}</option>
          </select>
        </div>
        <div>
          <label htmlFor="from" className="mb-1 block font-semibold">
            {t("billing.export.from")}
          </label>
          <input id="from" name="from" type="date" defaultValue={period.start} className="input" />
        </div>
        <div>
          <label htmlFor="to" className="mb-1 block font-semibold">
            {t("billing.export.to")}
          </label>
          <input id="to" name="to" type="date" defaultValue={period.end} className="input" />
        </div>
        <Button type="submit" variant="secondary">
          {t("billing.export.show")}
        </Button>
        {periodError ? (
          <p role="alert" className="font-semibold text-red-800 sm:col-span-2 lg:col-span-4">
            {t(periodError)}
          </p>
        ) : null}
      </Form>

      <section className="card space-y-4" aria-labelledby="downloads-title">
        <div>
          <h2 id="downloads-title" className="text-xl font-bold">
            {t("billing.export.shown", { from: formatDay(period.start, locale), to: formatDay(period.end, locale) })}
          </h2>
          <p className="mt-1 text-slate-700" role="status">
            {empty ? t("billing.export.empty") : t("billing.export.count", { invoices, creditNotes })}
          </p>
        </div>
        {empty ? null : (
          <div className="grid gap-4 md:grid-cols-3">
            <div>
              <a className="btn-primary w-full" href={`/admin/billing/export/ubl.zip${query}`}>
                {t("billing.export.download.ubl")}
              </a>
              <p className="mt-2 text-sm text-slate-600">{t("billing.export.download.ublHint")}</p>
            </div>
            <div>
              <a className="btn-secondary w-full" href={`/admin/billing/export/journal.csv${query}`}>
                {t("billing.export.download.journal")}
              </a>
              <p className="mt-2 text-sm text-slate-600">{t("billing.export.download.journalHint")}</p>
            </div>
            <div>
              <a className="btn-secondary w-full" href={`/admin/billing/export/btw.csv${query}`}>
                {t("billing.export.download.summary")}
              </a>
            </div>
          </div>
        )}
      </section>

      <section className="card space-y-3" aria-labelledby="summary-title">
        <h2 id="summary-title" className="text-xl font-bold">
          {t("billing.export.summary.title")}
        </h2>
        <p className="text-slate-700">{t("billing.export.summary.intro")}</p>
        <BtwSummaryTable summary={summary} />
      </section>

      <LedgerCodesForm codes={codes} reply={reply} busy={busy} />
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
