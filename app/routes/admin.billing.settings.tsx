import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SuccessNotice, TextAreaField, TextField } from "~/components/form";
import { BillingChecklist } from "~/components/billing/checklist";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { billingSettingsSchema } from "~/modules/billing";
import { billingSettingsPage, issuePendingSales, saveBillingSettings } from "~/modules/billing/index.server";
import { useT } from "~/modules/i18n";
import { submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("billing.settings.title");

/** The manager sets what every invoice shows, and sees what still keeps the first one from going out. */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  return billingSettingsPage(werkplaats.id);
}

export async function action(args: ActionFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "manager");
  return submitForm(args.request, billingSettingsSchema, async (input) => {
    await saveBillingSettings(werkplaats.id, input);
    // Passes and tickets sold while the settings were incomplete get their invoices now.
    await issuePendingSales(werkplaats.id, user.id);
    return successReply({ key: "billing.settings.saved" });
  });
}

export default function BillingSettingsPage() {
  const t = useT();
  const { settings, missing } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const value = (name: keyof NonNullable<typeof settings>) => {
    const v = settings?.[name];
    return v === null || v === undefined ? undefined : String(v);
  };
  const field = (
    name: Parameters<typeof value>[0],
    extra: { optional?: boolean; hint?: string; type?: string; inputMode?: "numeric" } = {},
  ) => <TextField name={name} label={t(`billing.settings.field.${name}`)} defaultValue={value(name)} reply={reply} {...extra} />;
  const labels = Object.fromEntries(
    [
      "legalName",
      "tradeName",
      "street",
      "postalCode",
      "city",
      "countryCode",
      "kvkNumber",
      "btwId",
      "iban",
      "bic",
      "phone",
      "invoicePrefix",
      "paymentTermDays",
      "footer",
      "colour",
      "senderEmail",
    ].map((n) => [n, t(`billing.settings.field.${n}`)]),
  );
  labels.creditorId = t("payments.settings.creditorId");
  return (
    <div className="mx-auto max-w-5xl">
      <PageHeader title={t("billing.settings.title")} intro={t("billing.settings.intro")} />
      <SuccessNotice reply={reply} />
      <ErrorSummary reply={reply} labels={labels} />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <Form method="post" className="space-y-6" noValidate>
          <section className="card space-y-4" aria-labelledby="settings-business">
            <h2 id="settings-business" className="text-xl font-bold">
              {t("billing.settings.business")}
            </h2>
            {field("legalName")}
            {field("tradeName", { optional: true })}
            {field("street")}
            <div className="grid gap-4 sm:grid-cols-[1fr_2fr_1fr]">
              {field("postalCode")}
              {field("city")}
              <TextField
                name="countryCode"
                label={t("billing.settings.field.countryCode")}
                defaultValue={value("countryCode") ?? "NL"}
                reply={reply}
                maxLength={2}
              />
            </div>
            <div className="grid gap-4 sm:grid-cols-2">
              {field("kvkNumber", { inputMode: "numeric" })}
              {field("btwId")}
            </div>
            {field("phone", { optional: true, type: "tel" })}
          </section>
          <section className="card space-y-4" aria-labelledby="settings-payment">
            <h2 id="settings-payment" className="text-xl font-bold">
              {t("billing.settings.payment")}
            </h2>
            <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
              {field("iban")}
              {field("bic", { optional: true })}
            </div>
            <TextField
              name="paymentTermDays"
              label={t("billing.settings.field.paymentTermDays")}
              defaultValue={value("paymentTermDays") ?? "14"}
              reply={reply}
              inputMode="numeric"
            />
            <TextField
              name="creditorId"
              label={t("payments.settings.creditorId")}
              hint={t("payments.settings.creditorIdHint")}
              defaultValue={value("creditorId")}
              reply={reply}
              optional
            />
          </section>
          <section className="card space-y-4" aria-labelledby="settings-invoice">
            <h2 id="settings-invoice" className="text-xl font-bold">
              {t("billing.settings.invoice")}
            </h2>
            {field("invoicePrefix", { hint: t("billing.settings.hint.invoicePrefix") })}
            {field("senderEmail", { type: "email" })}
            <TextField
              name="colour"
              type="color"
              label={t("billing.settings.field.colour")}
              defaultValue={value("colour") ?? "#1d4ed8"}
              reply={reply}
              className="h-10 w-20"
            />
            <TextAreaField
              name="footer"
              label={t("billing.settings.field.footer")}
              defaultValue={value("footer")}
              reply={reply}
              optional
              rows={3}
            />
          </section>
          <Button type="submit" disabled={busy}>
            {t("billing.settings.save")}
          </Button>
        </Form>
        <aside>
          <BillingChecklist missing={missing} />
          <Link to="/admin/billing/export#codes-title" className="mt-4 block font-semibold">
            {t("billing.export.codes.title")} →
          </Link>
        </aside>
      </div>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
