import { type ActionFunctionArgs, data, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SuccessNotice } from "~/components/form";
import { BankLineCells } from "~/components/payments/bank-line";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { reviewDecisionSchema, statementUploadSchema } from "~/modules/payments";
import { assignLine, ignoreLine, importStatement, offersDemoStatement, paymentsPage } from "~/modules/payments/index.server";
import { isDomainError } from "~/utils/errors";
import type { FormReply } from "~/utils/forms";
import { domainErrorReply, readFormData, submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";
import { formatMoney } from "~/utils/money";

export const meta = pageTitle("payments.import.title");

/** The manager's bank: imported statements with what each did, and the lines waiting for a decision. */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  return { ...(await paymentsPage(werkplaats.id)), demo: offersDemoStatement(werkplaats), zone: werkplaats.timezone };
}

/** A statement upload (multipart), or a decision about a line in the review list. */
export async function action(args: ActionFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "manager");
  if (!args.request.headers.get("content-type")?.startsWith("multipart/form-data")) {
    return submitForm(args.request, reviewDecisionSchema, async (input) => {
      if (input.intent === "ignore") {
        await ignoreLine(werkplaats.id, user.id, input.lineId);
        return successReply({ key: "payments.review.ignored" });
      }
      const { number } = await assignLine(werkplaats.id, user.id, input.lineId, input.invoiceId);
      return successReply({ key: "payments.review.assigned", vars: { number } });
    });
  }
  const form = await readFormData(args.request);
  const parsed = statementUploadSchema.safeParse({ statement: form.get("statement") ?? undefined });
  if (!parsed.success) {
    return data<FormReply>(
      { status: "error", fieldErrors: { statement: [{ key: "payments.import.noFile" }] }, formErrors: [], values: {} },
      { status: 400 },
    );
  }
  const file = parsed.data.statement;
  try {
    const summary = await importStatement(werkplaats.id, user.id, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return successReply({
      key: "payments.import.done",
      vars: { file: summary.fileName, lines: summary.lines, booked: summary.booked, review: summary.review, known: summary.known },
    });
  } catch (error) {
    if (isDomainError(error)) return domainErrorReply(error);
    throw error;
  }
}

export default function PaymentsPage() {
  const t = useT();
  const locale = useLocale();
  const { imports, review, ignored, demo, zone } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const at = (value: string | Date | null) =>
    value
      ? new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl-NL", { dateStyle: "medium", timeStyle: "short", timeZone: zone }).format(
          new Date(value),
        )
      : "";
  return (
    <div className="mx-auto max-w-6xl space-y-6">
      <PageHeader title={t("payments.import.title")} intro={t("payments.import.intro")} />
      <SuccessNotice reply={reply} />
      <ErrorSummary reply={reply} labels={{ statement: t("payments.import.file") }} />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Form method="post" encType="multipart/form-data" className="card space-y-3">
          <label htmlFor="statement" className="block font-semibold">
            {t("payments.import.file")}
          </label>
          <p id="statement-hint" className="text-sm text-slate-700">
            {t("payments.import.fileHint")}
          </p>
          <input
            id="statement"
            name="statement"
            type="file"
            accept=".xml,.sta,.940,.txt,.mt940,application/xml,text/xml,text/plain"
            aria-describedby="statement-hint"
            className="block w-full max-w-full text-sm"
          />
          <Button type="submit" disabled={busy}>
            {t("payments.import.submit")}
          </Button>
        </Form>
        {demo ? (
          <section className="card space-y-3" aria-labelledby="demo-title">
            <h2 id="demo-title" className="text-lg font-bold">
              {t("payments.demo.title")}
            </h2>
            <p className="text-slate-700">{t("payments.demo.intro")}</p>
            <a className="btn-secondary btn-small" href="/admin/payments/voorbeeldafschrift.xml" download>
              {t("payments.demo.download")}
            </a>
          </section>
        ) : null}
      </div>

      <section className="card" aria-labelledby="review-title">
        <h2 id="review-title" className="mb-1 text-xl font-bold">
          {t("payments.review.title")} ({review.length})
        </h2>
        {review.length === 0 ? (
          <p className="py-3 text-slate-700">{t("payments.review.empty")}</p>
        ) : (
          <>
            <p className="mb-3 text-slate-700">{t("payments.review.intro")}</p>
            <ul className="divide-y divide-slate-200">
              {review.map((line) => (
                <li key={line.id} className="space-y-2 py-3" data-testid="review-line">
                  <BankLineCells line={line} />
                  {line.reviewReason ? <p className="text-sm text-amber-900">{t(line.reviewReason.key, line.reviewReason.vars)}</p> : null}
                  <div className="flex flex-wrap items-end gap-2">
                    {line.direction === "credit" && line.invoices.length > 0 ? (
                      <Form method="post" className="flex min-w-0 flex-wrap items-end gap-2">
                        <input type="hidden" name="lineId" value={line.id} />
                        <label className="min-w-0">
                          <span className="mb-1 block text-sm font-semibold">{t("payments.review.invoice")}</span>
                          <select name="invoiceId" className="input max-w-full">
                            {line.invoices.map((i) => (
                              <option key={i.id} value={i.id}>
                                {i.number} · {i.partyName} · {formatMoney(i.openCents, locale)}
                              </option>
                            ))}
                          </select>
                        </label>
                        <Button type="submit" name="intent" value="assign" disabled={busy}>
                          {t("payments.review.assign")}
                        </Button>
                      </Form>
                    ) : null}
                    <Form method="post">
                      <input type="hidden" name="lineId" value={line.id} />
                      <Button type="submit" name="intent" value="ignore" variant="secondary" disabled={busy}>
                        {t("payments.review.ignore")}
                      </Button>
                    </Form>
                  </div>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className="card" aria-labelledby="history-title">
        <h2 id="history-title" className="mb-3 text-xl font-bold">
          {t("payments.import.history")}
        </h2>
        {imports.length === 0 ? (
          <p className="text-slate-700">{t("payments.import.none")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("payments.import.col.file")}</th>
                  <th scope="col" className="hidden text-right sm:table-cell">
                    {t("payments.import.col.lines")}
                  </th>
                  <th scope="col" className="hidden text-right sm:table-cell">
                    {t("payments.import.col.matched")}
                  </th>
                  <th scope="col" className="text-right">
                    {t("payments.import.col.review")}
                  </th>
                  <th scope="col" className="text-right">
                    {t("payments.import.col.booked")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {imports.map((i) => (
                  <tr key={i.id}>
                    <td className="break-all">
                      {i.fileName}
                      <span className="block text-xs text-slate-600">{at(i.importedAt)}</span>
                    </td>
                    <td className="hidden text-right tabular-nums sm:table-cell">{i.lines}</td>
                    <td className="hidden text-right tabular-nums sm:table-cell">{i.matched}</td>
                    <td className="text-right tabular-nums">{i.review}</td>
                    <td className="text-right tabular-nums">{formatMoney(i.bookedCents, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {ignored.length > 0 ? (
        <section className="card" aria-labelledby="ignored-title">
          <h2 id="ignored-title" className="mb-3 text-xl font-bold">
            {t("payments.review.handled")}
          </h2>
          <ul className="divide-y divide-slate-200">
            {ignored.map((line) => (
              <li key={line.id} className="space-y-1 py-2">
                <BankLineCells line={line} />
                <p className="text-sm text-slate-700">
                  {t("payments.review.ignoredBy", { name: line.resolvedBy ?? "", date: at(line.resolvedAt) })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <Link to="/admin/mandates">{t("payments.mandates.title")} →</Link>
      </p>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
