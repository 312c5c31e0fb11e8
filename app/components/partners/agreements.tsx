import { Form, Link } from "@remix-run/react";
import { RadioGroupField, SelectField, TextAreaField, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { useLocale, useT } from "~/modules/i18n";
import { agreementForms, instalmentSchedules, type AgreementForm as Form_, type InstalmentSchedule } from "~/modules/partners";
import type { FormReply } from "~/utils/forms";
import { formatMoney } from "~/utils/money";
import { type ActivityManaging, SupportedActivities } from "./supported-activities";

type Totals = { committedCents: number; invoicedCents: number; receivedCents: number };
type Instalment = {
  id: string;
  dueOn: string;
  amountCents: number;
  invoiceId: string | null;
  invoiceNumber: string | null;
  invoicedCents: number;
};
type AgreementRow = {
  agreement: {
    id: string;
    title: string;
    startsOn: string;
    endsOn: string;
    yearlyCents: number;
    form: string;
    schedule: string;
    returns: string;
  };
  totals: Totals;
  instalments: Instalment[];
  activities: Parameters<typeof SupportedActivities>[0]["activities"];
};

/**
 * A partner's agreements: committed against invoiced and received, every instalment with its
 * invoice, and the activities each supports (linkable when the manager's `manage` is given).
 */
export function AgreementList({ agreements, manage }: { agreements: AgreementRow[]; manage?: Omit<ActivityManaging, "agreementId"> }) {
  const t = useT();
  const locale = useLocale();
  const money = (cents: number) => formatMoney(cents, locale);
  if (agreements.length === 0) return <p className="text-slate-700">{t("partners.agreement.none")}</p>;
  return (
    <div className="space-y-6">
      {agreements.map(({ agreement, totals, instalments, activities }) => (
        <article key={agreement.id} className="space-y-2 border-b border-slate-200 pb-4" aria-label={agreement.title}>
          <h3 className="text-lg font-bold">{agreement.title}</h3>
          <p className="text-slate-700">
            {agreement.startsOn} – {agreement.endsOn} · {money(agreement.yearlyCents)} {t("partners.agreement.perYear")} ·{" "}
            {t(`partners.form.${agreement.form as Form_}`)} · {t(`partners.schedule.${agreement.schedule as InstalmentSchedule}`)}
          </p>
          {agreement.returns ? <p className="text-sm text-slate-700">{agreement.returns}</p> : null}
          <dl className="grid grid-cols-1 gap-2 sm:grid-cols-3">
            {(["committed", "invoiced", "received"] as const).map((k) => (
              <div key={k} className="rounded-md border border-slate-200 p-2">
                <dt className="text-sm text-slate-700">{t(`partners.totals.${k}`)}</dt>
                <dd className="font-bold tabular-nums">{money(totals[`${k}Cents`])}</dd>
              </div>
            ))}
          </dl>
          {instalments.length > 0 ? (
            <details>
              <summary className="cursor-pointer font-semibold">{t("partners.instalments", { count: instalments.length })}</summary>
              <div className="overflow-x-auto">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t("partners.col.dueOn")}</th>
                      <th scope="col" className="text-right">
                        {t("partners.col.amount")}
                      </th>
                      <th scope="col">{t("partners.col.invoice")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {instalments.map((i) => (
                      <tr key={i.id}>
                        <td>{i.dueOn}</td>
                        <td className="text-right tabular-nums">{money(i.amountCents)}</td>
                        <td>
                          {i.invoiceId ? (
                            <Link to={`/invoices/${i.invoiceId}`}>{i.invoiceNumber}</Link>
                          ) : agreement.form === "cash" ? (
                            t("partners.col.notYet")
                          ) : (
                            t("partners.col.inKind")
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          ) : null}
          <SupportedActivities activities={activities} manage={manage ? { ...manage, agreementId: agreement.id } : undefined} />
        </article>
      ))}
    </div>
  );
}

/** A new agreement: period, yearly amount, cash or in kind, the instalment schedule and what the partner gets in return. */
export function AgreementForm({ reply, busy }: { reply: FormReply | undefined; busy: boolean }) {
  const t = useT();
  return (
    <Form method="post" className="grid gap-4 sm:grid-cols-2" noValidate aria-labelledby="agreement-new">
      <h3 id="agreement-new" className="text-lg font-bold sm:col-span-2">
        {t("partners.agreement.new")}
      </h3>
      <input type="hidden" name="intent" value="agreement" />
      <div className="sm:col-span-2">
        <TextField name="title" label={t("partners.agreement.title")} reply={reply} required />
      </div>
      <TextField name="startsOn" type="date" label={t("partners.agreement.startsOn")} reply={reply} required />
      <TextField name="endsOn" type="date" label={t("partners.agreement.endsOn")} reply={reply} required />
      <TextField name="yearly" inputMode="decimal" label={t("partners.agreement.yearly")} reply={reply} required />
      <SelectField
        name="schedule"
        label={t("partners.agreement.schedule")}
        reply={reply}
        options={instalmentSchedules.map((s) => ({ value: s, label: t(`partners.schedule.${s}`) }))}
      />
      <RadioGroupField
        name="form"
        legend={t("partners.agreement.form")}
        reply={reply}
        defaultValue="cash"
        options={agreementForms.map((f) => ({ value: f, label: t(`partners.form.${f}`) }))}
      />
      <TextField
        name="customDates"
        label={t("partners.agreement.customDates")}
        hint={t("partners.agreement.customDatesHint")}
        reply={reply}
        optional
      />
      <div className="sm:col-span-2">
        <TextAreaField name="returns" label={t("partners.agreement.returns")} reply={reply} optional rows={2} />
      </div>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={busy}>
          {t("partners.agreement.submit")}
        </Button>
      </div>
    </Form>
  );
}
