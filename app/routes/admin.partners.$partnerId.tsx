import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { AgreementForm, AgreementList } from "~/components/partners/agreements";
import { PartnerEditForm } from "~/components/partners/partner-edit-form";
import { ErrorSummary, SuccessNotice, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { partnerFormSchema } from "~/modules/partners";
import {
  agreementsOfPartner,
  contactsOfPartner,
  createAgreement,
  invoiceDueInstalments,
  inKindList,
  invitePartnerContact,
  linkableActivities,
  linkActivity,
  partnerById,
  savePartnerLogo,
  unlinkActivity,
  updatePartner,
} from "~/modules/partners/index.server";
import { submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";
import { isErrorReply } from "~/utils/forms";
import { formatMoney } from "~/utils/money";
import { uuidParam } from "~/utils/params.server";

export const meta = pageTitle("partners.title");

/** One partner: its details and logo, contact people, agreements with their instalments and invoices, what it gave in kind. */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const partnerId = uuidParam(args.params.partnerId);
  const partner = await partnerById(werkplaats.id, partnerId);
  const [agreements, contacts, inKind, activityOptions] = await Promise.all([
    agreementsOfPartner(werkplaats.id, partnerId, werkplaats.timezone),
    contactsOfPartner(werkplaats.id, partnerId),
    inKindList(werkplaats.id, partnerId),
    linkableActivities(werkplaats.id, werkplaats.timezone),
  ]);
  return { partner, agreements, contacts, inKind, activityOptions };
}

export async function action(args: ActionFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "manager");
  const partnerId = uuidParam(args.params.partnerId);
  return submitForm(args.request, partnerFormSchema, async (input) => {
    switch (input.intent) {
      case "edit":
        await updatePartner(werkplaats.id, partnerId, input);
        return successReply({ key: "partners.saved" });
      case "agreement":
        await invoiceDueInstalments(new Date(), (await createAgreement(werkplaats.id, user.id, partnerId, input)).id);
        return successReply({ key: "partners.agreement.created" });
      case "contact":
        await invitePartnerContact(werkplaats, user, partnerId, input, args.context.locale);
        return successReply({ key: "partners.contact.invited", vars: { email: input.email } });
      case "linkActivity":
        await linkActivity(werkplaats.id, partnerId, input);
        return successReply({ key: "partners.activities.linked" });
      case "unlinkActivity":
        await unlinkActivity(werkplaats.id, partnerId, input);
        return successReply({ key: "partners.activities.unlinked" });
      case "removeLogo":
        await savePartnerLogo(werkplaats.id, partnerId, null);
        return successReply({ key: "partners.logo.removed" });
    }
  });
}

export default function PartnerPage() {
  const t = useT();
  const locale = useLocale();
  const { partner, agreements, contacts, inKind, activityOptions } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const [params] = useSearchParams();
  // Several forms share field names (name, email): only the form that was sent shows the errors.
  const replyFor = (intent: string) => (isErrorReply(reply) && reply.values.intent !== intent ? undefined : reply);
  const logoError = params.get("logoError");
  const labels = {
    name: t("partners.field.name"),
    website: t("partners.field.website"),
    email: t("partners.field.email"),
    street: t("partners.field.street"),
    postalCode: t("partners.field.postalCode"),
    city: t("partners.field.city"),
    kvkNumber: t("partners.field.kvkNumber"),
    title: t("partners.agreement.title"),
    startsOn: t("partners.agreement.startsOn"),
    endsOn: t("partners.agreement.endsOn"),
    yearly: t("partners.agreement.yearly"),
    customDates: t("partners.agreement.customDates"),
    returns: t("partners.agreement.returns"),
    eventId: t("partners.activities.event"),
    role: t("partners.activities.role"),
  };
  return (
    <div className="space-y-6">
      <p>
        <Link to="/admin/partners">← {t("partners.back")}</Link>
      </p>
      <PageHeader title={partner.name} intro={t(`partners.kind.${partner.kind}`)} />
      {params.get("created") ? <Notice tone="success">{t("partners.created", { name: partner.name })}</Notice> : null}
      {params.get("logo") === "saved" ? <Notice tone="success">{t("partners.logo.saved")}</Notice> : null}
      <SuccessNotice reply={reply} />
      <ErrorSummary reply={reply} labels={labels} />

      <section className="card space-y-4" aria-labelledby="agreements-title">
        <h2 id="agreements-title" className="text-xl font-bold">
          {t("partners.col.agreements")}
        </h2>
        <AgreementList agreements={agreements} manage={{ options: activityOptions, reply: replyFor("linkActivity"), busy }} />
        <AgreementForm reply={replyFor("agreement")} busy={busy} />
      </section>

      <section className="card space-y-3" aria-labelledby="logo-title">
        <h2 id="logo-title" className="text-xl font-bold">
          {t("partners.logo")}
        </h2>
        {partner.hasLogo ? (
          <img
            src={`/admin/partners/${partner.id}/logo`}
            alt={t("partners.logo.alt", { name: partner.name })}
            className="max-h-20 max-w-full"
          />
        ) : (
          <p className="text-slate-700">{t("partners.logo.none")}</p>
        )}
        <Form
          method="post"
          action={`/admin/partners/${partner.id}/logo`}
          encType="multipart/form-data"
          className="flex flex-wrap items-end gap-3"
        >
          <div>
            <label htmlFor="logo" className="mb-1 block font-semibold">
              {t("partners.logo.upload")}
            </label>
            {logoError ? (
              <p id="logo-error" className="text-sm font-semibold text-red-800">
                {t(logoError)}
              </p>
            ) : null}
            <input
              id="logo"
              name="logo"
              type="file"
              accept="image/png,image/jpeg"
              className="block max-w-full text-sm"
              aria-describedby={logoError ? "logo-error logo-hint" : "logo-hint"}
              aria-invalid={logoError ? true : undefined}
            />
            <p id="logo-hint" className="text-sm text-slate-600">
              {t("partners.logo.hint")}
            </p>
          </div>
          <Button type="submit" variant="secondary">
            {t("partners.logo.upload")}
          </Button>
        </Form>
        {partner.hasLogo ? (
          <Form method="post">
            <input type="hidden" name="intent" value="removeLogo" />
            <Button type="submit" variant="danger" small>
              {t("partners.logo.remove")}
            </Button>
          </Form>
        ) : null}
      </section>

      <section className="card space-y-4" aria-labelledby="contacts-title">
        <h2 id="contacts-title" className="text-xl font-bold">
          {t("partners.contact.title")}
        </h2>
        {contacts.length === 0 ? (
          <p className="text-slate-700">{t("partners.contact.none")}</p>
        ) : (
          <ul className="list-disc pl-5">
            {contacts.map((c) => (
              <li key={c.email} className="break-all">
                {c.email}
              </li>
            ))}
          </ul>
        )}
        <Form method="post" className="grid gap-4 sm:grid-cols-3 sm:items-end" noValidate>
          <input type="hidden" name="intent" value="contact" />
          <TextField name="name" scope="contact" label={t("partners.contact.name")} reply={replyFor("contact")} required />
          <TextField name="email" scope="contact" label={t("partners.contact.email")} reply={replyFor("contact")} type="email" required />
          <div>
            <Button type="submit" variant="secondary" disabled={busy}>
              {t("partners.contact.submit")}
            </Button>
          </div>
        </Form>
      </section>

      <section className="card space-y-3" aria-labelledby="inkind-title">
        <h2 id="inkind-title" className="text-xl font-bold">
          {t("economics.sponsorshipInKind")}
        </h2>
        {inKind.length === 0 ? (
          <p className="text-slate-700">{t("financing.inKind.none")}</p>
        ) : (
          <ul className="space-y-1">
            {inKind.map((c) => (
              <li key={c.id} className="flex flex-wrap justify-between gap-2 border-b border-slate-200 py-1">
                <span>
                  {c.givenOn} · {c.description}
                </span>
                <span className="tabular-nums">{formatMoney(c.valueCents, locale)}</span>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to="/admin/partners/financing">{t("financing.inKind.record")}</Link>
        </p>
      </section>

      <section className="card space-y-4" aria-labelledby="edit-title">
        <h2 id="edit-title" className="text-xl font-bold">
          {t("partners.edit")}
        </h2>
        <PartnerEditForm partner={partner} reply={replyFor("edit")} busy={busy} />
      </section>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
