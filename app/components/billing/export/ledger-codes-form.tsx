import { Form } from "@remix-run/react";
import { ErrorSummary, SuccessNotice, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { accountPurposes, btwCodeTreatments, type LedgerCodes } from "~/modules/billing";
import { useT } from "~/modules/i18n";
import type { FormReply } from "~/utils/forms";

/** The grootboekrekeningen and BTW codes the journal books to, as the accountant names them. */
export function LedgerCodesForm({ codes, reply, busy }: { codes: LedgerCodes; reply: FormReply | undefined; busy: boolean }) {
  const t = useT();
  const labels = Object.fromEntries([
    ...accountPurposes.map((p) => [`account_${p}`, t(`billing.export.account.${p}`)]),
    ...btwCodeTreatments.map((c) => [`btw_${c}`, t(`billing.export.btwCode.${c}`)]),
  ]);
  return (
    <section className="card space-y-4" aria-labelledby="codes-title">
      <div>
        <h2 id="codes-title" className="text-xl font-bold">
          {t("billing.export.codes.title")}
        </h2>
        <p className="mt-1 text-slate-700">{t("billing.export.codes.intro")}</p>
      </div>
      <SuccessNotice reply={reply} />
      <ErrorSummary reply={reply} labels={labels} />
      <Form method="post" className="space-y-4" noValidate>
        <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <legend className="mb-2 font-semibold">{t("billing.export.codes.accounts")}</legend>
          {accountPurposes.map((purpose) => (
            <TextField
              key={purpose}
              name={`account_${purpose}`}
              label={labels[`account_${purpose}`]!}
              defaultValue={codes.accounts[purpose]}
              reply={reply}
              maxLength={20}
            />
          ))}
        </fieldset>
        <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <legend className="mb-2 font-semibold">{t("billing.export.codes.btwCodes")}</legend>
          {btwCodeTreatments.map((treatment) => (
            <TextField
              key={treatment}
              name={`btw_${treatment}`}
              label={labels[`btw_${treatment}`]!}
              defaultValue={codes.btwCodes[treatment]}
              reply={reply}
              maxLength={20}
            />
          ))}
        </fieldset>
        <Button type="submit" disabled={busy}>
          {t("billing.export.codes.save")}
        </Button>
      </Form>
    </section>
  );
}
