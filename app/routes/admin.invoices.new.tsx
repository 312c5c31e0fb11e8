import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SelectField, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { draftForCompany } from "~/modules/billing/index.server";
import { newInvoiceSchema, revenueKinds, unitCodes } from "~/modules/billing";
import { companyOptions } from "~/modules/companies/index.server";
import { useT } from "~/modules/i18n";
import { monthOf } from "~/utils/calendar";
import { submitForm } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";
import { todayIn } from "~/utils/zoned-time";

export const meta = pageTitle("billing.new.title");

export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  return { companies: await companyOptions(werkplaats.id), period: monthOf(todayIn(new Date(), werkplaats.timezone)) };
}

/** The manager writes a one-line draft for a company and goes to it, to check and issue it. */
export async function action(args: ActionFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "manager");
  return submitForm(args.request, newInvoiceSchema, async (input) => {
    const draft = await draftForCompany(werkplaats.id, user.id, input);
    return redirect(`/invoices/${draft.id}`);
  });
}

export default function NewInvoice() {
  const t = useT();
  const { companies, period } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const labels = {
    companyId: t("billing.new.company"),
    periodStart: t("billing.new.periodStart"),
    periodEnd: t("billing.new.periodEnd"),
    description: t("billing.new.description"),
    quantity: t("billing.new.quantity"),
    unitPrice: t("billing.new.unitPrice"),
    rate: t("billing.new.rate"),
    exemptionReason: t("billing.new.exemptionReason"),
  };
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("billing.new.title")} intro={t("billing.new.intro")} />
      <ErrorSummary reply={reply} labels={labels} />
      {companies.length === 0 ? (
        <p className="card">{t("billing.new.noCompanies")}</p>
      ) : (
        <Form method="post" className="card space-y-4" noValidate>
          <SelectField
            name="companyId"
            label={labels.companyId}
            options={companies.map((c) => ({ value: c.id, label: c.name }))}
            reply={reply}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="periodStart" type="date" label={labels.periodStart} defaultValue={period.start} reply={reply} />
            <TextField name="periodEnd" type="date" label={labels.periodEnd} defaultValue={period.end} reply={reply} />
          </div>
          <TextField name="description" label={labels.description} reply={reply} />
          <div className="grid gap-4 sm:grid-cols-3">
            <TextField name="quantity" label={labels.quantity} defaultValue="1" inputMode="decimal" reply={reply} />
            <SelectField
              name="unitCode"
              label={t("billing.new.unitCode")}
              options={unitCodes.map((u) => ({ value: u, label: t(`billing.unit.${u}`) }))}
              reply={reply}
            />
            <TextField name="unitPrice" label={labels.unitPrice} inputMode="decimal" reply={reply} />
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              name="rate"
              label={labels.rate}
              options={(["21", "9", "0", "exempt"] as const).map((r) => ({ value: r, label: t(`billing.rate.${r}`) }))}
              reply={reply}
            />
            <SelectField
              name="revenueKind"
              label={t("billing.new.revenueKind")}
              options={revenueKinds.map((k) => ({ value: k, label: t(`billing.revenue.${k}`) }))}
              defaultValue="one_off"
              reply={reply}
            />
          </div>
          <TextField name="exemptionReason" label={labels.exemptionReason} optional reply={reply} />
          <Button type="submit" disabled={busy}>
            {t("billing.new.create")}
          </Button>
        </Form>
      )}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
