import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { BillingChecklist } from "~/components/billing/checklist";
import { ReversedPayment } from "~/components/payments/reversed-payment";
import { InvoiceStatus } from "~/components/billing/invoice-status";
import { InvoiceView, PaymentInstructions } from "~/components/billing/invoice-view";
import { SendInvoice } from "~/components/billing/send-invoice";
import { ErrorPage } from "~/components/error-page";
import { PayOnline } from "~/components/pay-online";
import { ErrorSummary, SelectField, SuccessNotice, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole, requireUser, requireWerkplaats } from "~/modules/auth/index.server";
import { creditInvoice, invoicePage, issueInvoice, lastSending, recordPayment } from "~/modules/billing/index.server";
import { invoicePageFormSchema, paymentMethods, type ChecklistItem } from "~/modules/billing";
import { useLocale, useT } from "~/modules/i18n";
import { onlinePaymentOf, refundOfCreditNote } from "~/modules/stripe/index.server";
import { Notice } from "~/components/ui/notice";
import { formatDay } from "~/utils/calendar";
import { isErrorReply } from "~/utils/forms";
import { submitForm, successReply } from "~/utils/forms.server";
import { orErrorResponse } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";
import { centsToInput, formatMoney } from "~/utils/money";
import { uuidParam } from "~/utils/params.server";
import { todayIn } from "~/utils/zoned-time";

export const meta = pageTitle("billing.kind.invoice");

/** The invoice page: for the people of its billing party and for the manager; 404 for anyone else. */
export async function loader(args: LoaderFunctionArgs) {
  const user = requireUser(args);
  const werkplaats = requireWerkplaats(args);
  const id = uuidParam(args.params.invoiceId);
  const page = await orErrorResponse(() => invoicePage(werkplaats.id, { id: user.id, roles: args.context.roles }, id));
  const lastSent = page.canManage && page.document ? await lastSending(werkplaats.id, id) : null;
  const online = await onlinePaymentOf(page.invoice);
  const refund = page.invoice.kind === "credit_note" ? await refundOfCreditNote(id) : null;
  // Back from Stripe Checkout: paid when the webhook has booked it, otherwise "waiting".
  const returned = new URL(args.request.url).searchParams.has("betaald") ? (page.invoice.dueCents === 0 ? "paid" : "pending") : null;
  return { ...page, lastSent, online, refund, returned, today: todayIn(new Date(), werkplaats.timezone) } as const;
}

/** The manager issues a draft, records a payment or makes a credit note here. */
export async function action(args: ActionFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "manager");
  const id = uuidParam(args.params.invoiceId);
  return submitForm(args.request, invoicePageFormSchema, async (input) => {
    if (input.intent === "issue") {
      const issued = await issueInvoice(werkplaats.id, user.id, id);
      return successReply({ key: "billing.page.issued", vars: { number: issued.number ?? "" } });
    }
    if (input.intent === "payment") {
      const result = await recordPayment(werkplaats.id, user.id, id, {
        amountCents: input.amount,
        method: input.method,
        receivedOn: input.receivedOn,
        reference: input.reference,
        note: input.note,
      });
      return result.creditCents > 0
        ? successReply({ key: "billing.page.paymentWithCredit", vars: { amount: formatMoney(result.creditCents, args.context.locale) } })
        : successReply({ key: "billing.page.paymentRecorded" });
    }
    const note = await creditInvoice(werkplaats.id, user.id, id, input.lineIds);
    return successReply({ key: "billing.page.credited.notice", vars: { number: note.number ?? "" } });
  });
}

export default function InvoicePage() {
  const t = useT();
  const locale = useLocale();
  const {
    invoice,
    document,
    lines,
    payments,
    creditNotes,
    partyCreditCents,
    canManage,
    missing,
    today,
    lastSent,
    online,
    refund,
    returned,
  } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const intentOf = (r: typeof reply) => (isErrorReply(r) ? r.values.intent : undefined);
  const paymentReply = intentOf(reply) === "payment" ? reply : undefined;
  const credited = invoice.creditedCents;
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <p>
        <Link to={canManage ? "/admin/invoices" : "/invoices"}>← {t("billing.page.back")}</Link>
      </p>
      <SuccessNotice reply={reply} />
      {intentOf(reply) !== "payment" ? <ErrorSummary reply={reply} /> : null}
      {document ? (
        <>
          <div className="flex flex-wrap items-center gap-3">
            <InvoiceStatus
              kind={invoice.kind}
              status={invoice.status}
              dueDate={invoice.dueDate}
              today={today}
              inCollectionOn={invoice.inCollectionOn}
            />
            <a className="btn-secondary btn-small" href={`/invoices/${invoice.id}/pdf`}>
              {t("billing.page.downloadPdf")}
            </a>
            <a className="btn-secondary btn-small" href={`/invoices/${invoice.id}/ubl.xml`}>
              {t("billing.page.downloadUbl")}
            </a>
          </div>
          {canManage ? <SendInvoice invoiceId={invoice.id} lastSent={lastSent} /> : null}
          <PayOnline invoiceId={invoice.id} dueCents={invoice.dueCents} online={online} returned={returned} />
          {refund ? (
            <Notice tone={refund.status === "refused" ? "warning" : refund.status === "refunded" ? "success" : "info"}>
              {t(`stripe.refunds.of.${refund.status}`, { amount: formatMoney(refund.amountCents, locale) })}
            </Notice>
          ) : null}
          <InvoiceView document={document} creditedCents={credited} />
          <section className="card" aria-labelledby="pay-title">
            <h2 id="pay-title" className="mb-2 text-xl font-bold">
              {t("billing.page.howToPay")}
            </h2>
            {/* Collected by incasso: telling them to transfer as well would have them pay twice. */}
            {invoice.inCollectionOn ? (
              <p className="text-slate-700">{t("billing.page.inCollection", { date: formatDay(invoice.inCollectionOn, locale) })}</p>
            ) : (
              <PaymentInstructions document={document} />
            )}
          </section>
        </>
      ) : (
        <DraftView invoice={invoice} lines={lines} missing={missing} busy={busy} />
      )}
      {creditNotes.length > 0 ? (
        <section className="card" aria-labelledby="credit-notes-title">
          <h2 id="credit-notes-title" className="mb-2 text-xl font-bold">
            {t("billing.page.creditNotes")}
          </h2>
          <ul className="list-disc pl-5">
            {creditNotes.map((c) => (
              <li key={c.id}>
                <Link to={`/invoices/${c.id}`}>{c.number}</Link> · {c.issueDate ? formatDay(c.issueDate, locale) : ""} ·{" "}
                {formatMoney(c.grossCents, locale)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {document && document.kind === "invoice" ? (
        <section className="card" aria-labelledby="payments-title">
          <h2 id="payments-title" className="mb-2 text-xl font-bold">
            {t("billing.page.payments")}
          </h2>
          {payments.length === 0 ? (
            <p className="text-slate-700">{t("billing.page.noPayments")}</p>
          ) : (
            <ul className="space-y-1">
              {payments.map((p) => (
                <li key={p.id}>
                  {formatDay(p.receivedOn, locale)} · {t(`billing.method.${p.method}`)} ·{" "}
                  <span className="tabular-nums">{formatMoney(p.amountCents, locale)}</span>
                  {p.reference ? ` · ${p.reference}` : ""}
                  {p.reversedAt ? <ReversedPayment code={p.reversalReason} /> : null}
                </li>
              ))}
            </ul>
          )}
          {canManage && partyCreditCents > 0 ? (
            <p className="mt-2 text-slate-700">{t("billing.page.partyCredit", { amount: formatMoney(partyCreditCents, locale) })}</p>
          ) : null}
        </section>
      ) : null}
      {canManage && document && document.kind === "invoice" ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <section className="card" aria-labelledby="record-title">
            <h2 id="record-title" className="mb-3 text-xl font-bold">
              {t("billing.page.recordPayment")}
            </h2>
            <ErrorSummary reply={paymentReply} labels={{ amount: t("billing.page.amount"), receivedOn: t("billing.page.receivedOn") }} />
            <Form method="post" className="space-y-4" noValidate>
              <TextField
                name="amount"
                label={t("billing.page.amount")}
                inputMode="decimal"
                defaultValue={document.totals.dueCents > 0 ? centsToInput(document.totals.dueCents) : ""}
                reply={paymentReply}
              />
              <SelectField
                name="method"
                label={t("billing.page.method")}
                options={paymentMethods.map((m) => ({ value: m, label: t(`billing.method.${m}`) }))}
                defaultValue="transfer"
                reply={paymentReply}
              />
              <TextField
                name="receivedOn"
                type="date"
                label={t("billing.page.receivedOn")}
                defaultValue={today}
                max={today}
                reply={paymentReply}
              />
              <TextField name="reference" label={t("billing.page.reference")} optional reply={paymentReply} />
              <Button type="submit" name="intent" value="payment" disabled={busy}>
                {t("billing.page.record")}
              </Button>
            </Form>
          </section>
          {invoice.status !== "credited" ? (
            <section className="card" aria-labelledby="credit-title">
              <h2 id="credit-title" className="mb-2 text-xl font-bold">
                {t("billing.page.creditNote")}
              </h2>
              <p className="mb-3 text-slate-700">{t("billing.page.creditIntro")}</p>
              <Form method="post" className="space-y-3">
                <fieldset className="space-y-2">
                  <legend className="sr-only">{t("billing.page.creditNote")}</legend>
                  {lines.map((line) => (
                    <label key={line.id} className="flex items-center gap-2">
                      <input type="checkbox" name="lineIds" value={line.id} className="h-4 w-4" />
                      {line.description} · <span className="tabular-nums">{formatMoney(line.netCents + line.btwCents, locale)}</span>
                    </label>
                  ))}
                </fieldset>
                <Button type="submit" name="intent" value="credit" variant="secondary" disabled={busy}>
                  {t("billing.page.credit")}
                </Button>
              </Form>
            </section>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function DraftView({
  invoice,
  lines,
  missing,
  busy,
}: {
  invoice: { partyName: string; grossCents: number };
  lines: { id: string; description: string; netCents: number; btwCents: number }[];
  missing: ChecklistItem[];
  busy: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="card space-y-4">
      <PageHeader title={t("billing.page.draftTitle", { party: invoice.partyName })} intro={t("billing.page.draftIntro")} />
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("billing.page.description")}</th>
            <th scope="col" className="text-right">
              {t("billing.page.net")}
            </th>
            <th scope="col" className="text-right">
              {t("billing.page.btw")}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.id}>
              <td>{line.description}</td>
              <td className="text-right tabular-nums">{formatMoney(line.netCents, locale)}</td>
              <td className="text-right tabular-nums">{formatMoney(line.btwCents, locale)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-semibold">
            <th scope="row" colSpan={2}>
              {t("billing.page.total")}
            </th>
            <td className="text-right tabular-nums">{formatMoney(invoice.grossCents, locale)}</td>
          </tr>
        </tfoot>
      </table>
      {missing.length > 0 ? (
        <div className="space-y-2">
          <BillingChecklist missing={missing} />
          <Link to="/admin/billing/settings">{t("billing.nav.settings")}</Link>
        </div>
      ) : null}
      <Form method="post">
        <Button type="submit" name="intent" value="issue" disabled={busy || missing.length > 0}>
          {t("billing.page.issue")}
        </Button>
      </Form>
    </section>
  );
}

export const ErrorBoundary = ErrorPage;
