import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { CheckboxField, ErrorSummary, SelectField, TextField } from "~/components/form";
import { Button, LinkButton } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { partnerKinds, partnerSchema } from "~/modules/partners";
import { createPartner, partnersOverview } from "~/modules/partners/index.server";
import { submitForm } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";
import { formatMoney } from "~/utils/money";

export const meta = pageTitle("partners.title");

/** The partners of the werkplaats with what their agreements commit, and a form to add one. */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  return { partners: await partnersOverview(werkplaats.id) };
}

export async function action(args: ActionFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  return submitForm(args.request, partnerSchema, async (input) => {
    const partner = await createPartner(werkplaats.id, input);
    return redirect(`/admin/partners/${partner.id}?created=1`);
  });
}

export default function Partners() {
  const t = useT();
  const locale = useLocale();
  const { partners } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const money = (cents: number) => formatMoney(cents, locale);
  const labels = {
    name: t("partners.field.name"),
    kind: t("partners.field.kind"),
    website: t("partners.field.website"),
    email: t("partners.field.email"),
    street: t("partners.field.street"),
    postalCode: t("partners.field.postalCode"),
    city: t("partners.field.city"),
    kvkNumber: t("partners.field.kvkNumber"),
  };
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("partners.title")}
        intro={t("partners.intro")}
        actions={
          <LinkButton to="/admin/partners/financing" variant="secondary">
            {t("financing.title")}
          </LinkButton>
        }
      />
      {partners.length === 0 ? (
        <div className="card text-slate-700">{t("partners.empty")}</div>
      ) : (
        <div className="card overflow-x-auto">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("partners.field.name")}</th>
                <th scope="col">{t("partners.col.agreements")}</th>
                <th scope="col" className="text-right">
                  {t("partners.totals.committed")}
                </th>
                <th scope="col" className="text-right">
                  {t("partners.totals.invoiced")}
                </th>
                <th scope="col" className="text-right">
                  {t("partners.totals.received")}
                </th>
              </tr>
            </thead>
            <tbody>
              {partners.map(({ partner, agreements, totals }) => (
                <tr key={partner.id}>
                  <td>
                    <Link to={`/admin/partners/${partner.id}`} className="font-semibold">
                      {partner.name}
                    </Link>
                    <div className="text-sm text-slate-600">{t(`partners.kind.${partner.kind}`)}</div>
                  </td>
                  <td>{agreements}</td>
                  <td className="text-right tabular-nums">{money(totals.committedCents)}</td>
                  <td className="text-right tabular-nums">{money(totals.invoicedCents)}</td>
                  <td className="text-right tabular-nums">{money(totals.receivedCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section className="card space-y-4" aria-labelledby="new-partner">
        <h2 id="new-partner" className="text-xl font-bold">
          {t("partners.new")}
        </h2>
        <ErrorSummary reply={reply} labels={labels} />
        <Form method="post" className="grid gap-4 sm:grid-cols-2" noValidate>
          <input type="hidden" name="intent" value="partner" />
          <TextField name="name" label={labels.name} reply={reply} required />
          <SelectField
            name="kind"
            label={labels.kind}
            reply={reply}
            options={partnerKinds.map((k) => ({ value: k, label: t(`partners.kind.${k}`) }))}
          />
          <TextField name="website" label={labels.website} reply={reply} optional type="url" placeholder="https://" />
          <TextField name="email" label={labels.email} reply={reply} optional type="email" />
          <TextField name="street" label={labels.street} reply={reply} required />
          <TextField name="postalCode" label={labels.postalCode} reply={reply} required />
          <TextField name="city" label={labels.city} reply={reply} required />
          <TextField name="kvkNumber" label={labels.kvkNumber} reply={reply} optional inputMode="numeric" />
          <div className="sm:col-span-2">
            <CheckboxField name="published" label={t("partners.field.published")} reply={reply} defaultChecked />
          </div>
          <div className="sm:col-span-2">
            <Button type="submit" disabled={busy}>
              {t("partners.new")}
            </Button>
          </div>
        </Form>
      </section>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
