import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ReceivablesTable } from "~/components/billing/receivables-table";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SuccessNotice, TextField } from "~/components/form";
import { Button, LinkButton } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { agingBuckets, receivablesFilterSchema, receivablesFormSchema } from "~/modules/billing";
import { chargeCollectionCosts, receivablesPage, saveReminderSchedule, sendReminder } from "~/modules/billing/index.server";
import { translate, useLocale, useT } from "~/modules/i18n";
import { conflict } from "~/utils/errors";
import { isErrorReply } from "~/utils/forms";
import { parseQuery, submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";
import { formatMoney } from "~/utils/money";
import { todayIn } from "~/utils/zoned-time";

export const meta = pageTitle("receivables.title");

/** The manager's debtors list: open invoices by age, per customer, with reminders and their schedule. */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const filter = parseQuery(args.request, receivablesFilterSchema);
  const page = await receivablesPage(werkplaats.id, filter, todayIn(new Date(), werkplaats.timezone));
  return { ...page, party: filter.party ?? null };
}

export async function action(args: ActionFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "manager");
  const today = todayIn(new Date(), werkplaats.timezone);
  const locale = args.context.locale;
  return submitForm(args.request, receivablesFormSchema, async (input) => {
    if (input.intent === "schedule") {
      await saveReminderSchedule(werkplaats.id, { firstAfterDays: input.firstAfterDays, secondAfterDays: input.secondAfterDays });
      return successReply({ key: "receivables.schedule.saved" });
    }
    if (input.intent === "costs") {
      const charged = await chargeCollectionCosts(werkplaats.id, user.id, input.invoiceId, today);
      return successReply({
        key: "receivables.costsCharged",
        vars: { amount: formatMoney(charged.amountCents, locale), number: charged.number },
      });
    }
    const reminder = await sendReminder(werkplaats.id, user.id, input.invoiceId, { today });
    // Null only when a scheduled run sent this step a moment ago: the customer got it either way.
    if (!reminder) throw conflict("receivables.errors.justSent");
    return successReply({
      key: "receivables.reminded",
      vars: { kind: translate(locale, `receivables.reminder.${reminder.kind}`), number: reminder.number },
    });
  });
}

export default function Receivables() {
  const t = useT();
  const locale = useLocale();
  const { rows, totals, openCents, partyStandings, parties, schedule, party, page, pages } = useLoaderData<typeof loader>();
  const pageLink = (to: number) => `?${new URLSearchParams({ ...(party ? { party } : {}), page: String(to) })}`;
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const scheduleReply = isErrorReply(reply) && reply.values.intent === "schedule" ? reply : undefined;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("receivables.title")}
        intro={t("receivables.intro")}
        actions={
          <LinkButton to="/admin/billing/audit" variant="secondary">
            {t("audit.nav")}
          </LinkButton>
        }
      />
      <SuccessNotice reply={reply} />
      {scheduleReply ? null : <ErrorSummary reply={reply} />}
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        {agingBuckets.map((bucket) => (
          <div key={bucket} className="rounded-md border border-slate-200 bg-white p-3">
            <dt className="text-sm text-slate-700">{t(`receivables.bucket.${bucket}`)}</dt>
            <dd className="mt-1 text-xl font-bold tabular-nums">{formatMoney(totals[bucket].cents, locale)}</dd>
            <dd className="text-sm text-slate-600">
              {t(totals[bucket].count === 1 ? "receivables.invoiceCount.one" : "receivables.invoiceCount", { count: totals[bucket].count })}
            </dd>
          </div>
        ))}
        <div className="col-span-2 rounded-md border border-slate-300 bg-slate-50 p-3 lg:col-span-1">
          <dt className="text-sm text-slate-700">{t("receivables.totalOpen")}</dt>
          <dd className="mt-1 text-xl font-bold tabular-nums">{formatMoney(openCents, locale)}</dd>
        </div>
      </dl>
      <Form method="get" role="search" className="card flex flex-wrap items-end gap-3">
        <div className="min-w-0 grow">
          <label htmlFor="party" className="mb-1 block font-semibold">
            {t("receivables.filter.party")}
          </label>
          <select id="party" name="party" defaultValue={party ?? ""} className="input">
            <option value="">{t("receivables.filter.all")}</option>
            {parties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          {t("receivables.filter.show")}
        </Button>
      </Form>
      <section className="card" aria-labelledby="open-title">
        <h2 id="open-title" className="sr-only">
          {t("receivables.title")}
        </h2>
        {rows.length === 0 ? (
          <p className="text-slate-700">{t("receivables.empty")}</p>
        ) : (
          <ReceivablesTable rows={rows} totalCents={openCents} busy={busy} />
        )}
        {pages > 1 ? (
          <nav className="mt-4 flex flex-wrap items-center gap-4" aria-label={t("receivables.pages", { page, pages })}>
            <span>{t("receivables.pages", { page, pages })}</span>
            {page > 1 ? (
              <Link className="underline" to={pageLink(page - 1)}>
                {t("receivables.previousPage")}
              </Link>
            ) : null}
            {page < pages ? (
              <Link className="underline" to={pageLink(page + 1)}>
                {t("receivables.nextPage")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
      {partyStandings.length > 0 ? <PartyStandings standings={partyStandings} /> : null}
      <section className="card" aria-labelledby="schedule-title">
        <h2 id="schedule-title" className="text-xl font-bold">
          {t("receivables.schedule.title")}
        </h2>
        <p className="mt-1 mb-3 text-slate-700">{t("receivables.schedule.intro")}</p>
        <ErrorSummary reply={scheduleReply} />
        <Form method="post" className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end" noValidate>
          <TextField
            name="firstAfterDays"
            label={t("receivables.schedule.first")}
            inputMode="numeric"
            defaultValue={String(schedule.firstAfterDays)}
            reply={scheduleReply}
          />
          <TextField
            name="secondAfterDays"
            label={t("receivables.schedule.second")}
            inputMode="numeric"
            defaultValue={String(schedule.secondAfterDays)}
            reply={scheduleReply}
          />
          <Button type="submit" name="intent" value="schedule" disabled={busy}>
            {t("common.save")}
          </Button>
        </Form>
      </section>
    </div>
  );
}

function PartyStandings({
  standings,
}: {
  standings: { partyId: string; name: string; standing: string; openCents: number; overdueCents: number; creditCents: number }[];
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="card" aria-labelledby="parties-title">
      <h2 id="parties-title" className="mb-2 text-xl font-bold">
        {t("receivables.parties.title")}
      </h2>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("receivables.col.party")}</th>
            <th scope="col" className="text-right">
              {t("receivables.col.due")}
            </th>
            <th scope="col" className="hidden text-right sm:table-cell">
              {t("receivables.col.overdue")}
            </th>
            <th scope="col" className="hidden text-right sm:table-cell">
              {t("receivables.col.credit")}
            </th>
          </tr>
        </thead>
        <tbody>
          {standings.map((p) => (
            <tr key={p.partyId}>
              <td>
                <Link to={`?party=${p.partyId}`} className="break-words">
                  {p.name}
                </Link>
                <span className={`block text-sm ${p.standing === "overdue" ? "text-red-800" : "text-slate-600"}`}>
                  {t(`receivables.standing.${p.standing}`)}
                </span>
              </td>
              <td className="text-right whitespace-nowrap tabular-nums">{formatMoney(p.openCents, locale)}</td>
              <td className="hidden text-right whitespace-nowrap tabular-nums sm:table-cell">{formatMoney(p.overdueCents, locale)}</td>
              <td className="hidden text-right whitespace-nowrap tabular-nums sm:table-cell">{formatMoney(p.creditCents, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export const ErrorBoundary = ErrorPage;
