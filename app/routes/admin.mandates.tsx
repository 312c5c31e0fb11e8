import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SelectField, SuccessNotice, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { formatIban, mandatesFormSchema } from "~/modules/payments";
import {
  addMandate,
  createDirectDebitBatch,
  directDebitPage,
  listMandates,
  partiesForMandates,
  revokeMandate,
} from "~/modules/payments/index.server";
import { addDays, formatDay } from "~/utils/calendar";
import { isErrorReply } from "~/utils/forms";
import { submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";
import { formatMoney } from "~/utils/money";
import { todayIn } from "~/utils/zoned-time";

export const meta = pageTitle("payments.mandates.title");

/** Direct debit: the mandates per customer, what a new file would collect, and the files made before. */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const [mandates, parties, debits] = await Promise.all([
    listMandates(werkplaats.id),
    partiesForMandates(werkplaats.id),
    directDebitPage(werkplaats.id),
  ]);
  return { mandates, parties, ...debits, today: todayIn(new Date(), werkplaats.timezone) };
}

export async function action(args: ActionFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "manager");
  const today = todayIn(new Date(), werkplaats.timezone);
  return submitForm(args.request, mandatesFormSchema, async (input) => {
    if (input.intent === "revoke") {
      const mandate = await revokeMandate(werkplaats.id, user.id, input.mandateId);
      return successReply({ key: "payments.mandates.revokedNotice", vars: { reference: mandate.reference } });
    }
    if (input.intent === "batch") {
      const batch = await createDirectDebitBatch(werkplaats.id, user.id, input.collectionDate, today);
      return successReply({
        key: "payments.batch.created",
        vars: { count: batch.count, amount: formatMoney(batch.totalCents, args.context.locale) },
      });
    }
    const { intent: _intent, ...mandate } = input;
    const row = await addMandate(werkplaats.id, user.id, mandate, today);
    return successReply({ key: "payments.mandates.added", vars: { reference: row.reference } });
  });
}

export default function MandatesPage() {
  const t = useT();
  const locale = useLocale();
  const { mandates, parties, ready, batches, hasCreditorId, today } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const intent = isErrorReply(reply) ? reply.values.intent : undefined;
  const addReply = intent === "add" ? reply : undefined;
  return (
    <div className="mx-auto max-w-6xl space-y-6">
      <PageHeader title={t("payments.mandates.title")} intro={t("payments.mandates.intro")} />
      <SuccessNotice reply={reply} />
      {intent !== "add" ? <ErrorSummary reply={reply} labels={{ collectionDate: t("payments.batch.date") }} /> : null}

      <section className="card space-y-3" aria-labelledby="batch-title">
        <h2 id="batch-title" className="text-xl font-bold">
          {t("payments.batch.title")}
        </h2>
        <p className="text-slate-700">{t("payments.batch.intro")}</p>
        {!hasCreditorId ? (
          <p className="text-amber-900">
            {t("payments.batch.noCreditorId")} <Link to="/admin/billing/settings">{t("billing.nav.settings")}</Link>
          </p>
        ) : ready.count === 0 ? (
          <p className="font-semibold">{t("payments.batch.nothing")}</p>
        ) : (
          <>
            <p className="font-semibold">
              {t("payments.batch.collectable", { count: ready.count, amount: formatMoney(ready.totalCents, locale) })}
            </p>
            <Form method="post" className="flex flex-wrap items-end gap-3">
              <TextField
                name="collectionDate"
                type="date"
                label={t("payments.batch.date")}
                defaultValue={addDays(today, 2)}
                min={addDays(today, 1)}
                reply={reply}
              />
              <Button type="submit" name="intent" value="batch" disabled={busy}>
                {t("payments.batch.create")}
              </Button>
            </Form>
          </>
        )}
        <h3 className="pt-2 font-semibold">{t("payments.batch.files")}</h3>
        {batches.length === 0 ? (
          <p className="text-slate-700">{t("payments.batch.noFiles")}</p>
        ) : (
          <ul className="space-y-1">
            {batches.map((b) => (
              <li key={b.id} className="flex flex-wrap gap-x-3">
                <span>{formatDay(b.collectionDate, locale)}</span>
                <span>{t("payments.batch.collectable", { count: b.count, amount: formatMoney(b.totalCents, locale) })}</span>
                <a href={`/admin/mandates/${b.id}/pain008.xml`} download>
                  {t("payments.batch.download")}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <section className="card min-w-0" aria-labelledby="mandates-title">
          <h2 id="mandates-title" className="mb-3 text-xl font-bold">
            {t("payments.mandates.list")}
          </h2>
          {mandates.length === 0 ? (
            <p className="text-slate-700">{t("payments.mandates.none")}</p>
          ) : (
            <ul className="divide-y divide-slate-200">
              {mandates.map((m) => (
                <li key={m.id} className="flex flex-wrap items-start justify-between gap-2 py-3" data-testid="mandate">
                  <div className="min-w-0">
                    <p className="font-semibold">
                      {m.partyName} · {m.reference}
                    </p>
                    <p className="break-words text-sm text-slate-700">
                      {m.debtorName} · {formatIban(m.iban)} · {formatDay(m.signedOn, locale)}
                    </p>
                    <p className="text-sm">
                      {m.revokedAt
                        ? t("payments.mandates.revoked")
                        : `${t("payments.mandates.sequence")}: ${t(`payments.mandates.${m.sequence}`)}`}
                    </p>
                  </div>
                  {m.revokedAt ? null : (
                    <Form method="post">
                      <input type="hidden" name="mandateId" value={m.id} />
                      <Button type="submit" name="intent" value="revoke" variant="secondary" disabled={busy}>
                        {t("payments.mandates.revoke")}
                      </Button>
                    </Form>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card min-w-0" aria-labelledby="add-title">
          <h2 id="add-title" className="mb-3 text-xl font-bold">
            {t("payments.mandates.add")}
          </h2>
          <ErrorSummary
            reply={addReply}
            labels={Object.fromEntries(
              ["partyId", "reference", "signedOn", "debtorName", "iban", "bic"].map((n) => [
                n,
                t(`payments.mandates.${n === "partyId" ? "party" : n}`),
              ]),
            )}
          />
          <Form method="post" className="space-y-4" noValidate>
            <SelectField
              name="partyId"
              label={t("payments.mandates.party")}
              options={parties.map((p) => ({ value: p.id, label: p.name }))}
              reply={addReply}
            />
            <TextField name="reference" label={t("payments.mandates.reference")} maxLength={35} reply={addReply} />
            <TextField name="signedOn" type="date" label={t("payments.mandates.signedOn")} max={today} reply={addReply} />
            <TextField name="debtorName" label={t("payments.mandates.debtorName")} reply={addReply} />
            <TextField name="iban" label={t("payments.mandates.iban")} reply={addReply} />
            <TextField name="bic" label={t("payments.mandates.bic")} optional reply={addReply} />
            <Button type="submit" name="intent" value="add" disabled={busy}>
              {t("payments.mandates.add")}
            </Button>
          </Form>
        </section>
      </div>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
