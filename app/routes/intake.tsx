import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { CheckboxField, CheckboxGroupField, ErrorSummary, SelectField, TextAreaField, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { requireWerkplaats } from "~/modules/auth/index.server";
import { useT } from "~/modules/i18n";
import { requireWithinLimit } from "~/modules/rate-limits/index.server";
import { intakeFormSchema, organisationSizes, workshopThemes } from "~/modules/workshop";
import { INTAKE_RETENTION_MONTHS, residentDefaults, submitIntake } from "~/modules/workshop/index.server";
import { submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";
import { passRetryAfter } from "~/utils/retry-after.server";

export const meta = pageTitle("workshop.intake.title");

export async function loader(args: LoaderFunctionArgs) {
  const werkplaats = requireWerkplaats(args);
  const user = args.context.user;
  const resident = user ? await residentDefaults(werkplaats.id, user) : null;
  return { werkplaats: werkplaats.name, months: INTAKE_RETENTION_MONTHS, resident };
}

// A 429 page keeps its Retry-After.
export const headers = passRetryAfter;

export async function action(args: ActionFunctionArgs) {
  const werkplaats = requireWerkplaats(args);
  return submitForm(args.request, intakeFormSchema, async (input) => {
    await requireWithinLimit("intake", args.context, input.email);
    await submitIntake(werkplaats, input, args.context.locale, args.context.user);
    return successReply({ key: "workshop.intake.received", vars: { email: input.email } });
  });
}

export default function Intake() {
  const t = useT();
  const { werkplaats, months, resident } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  if (reply?.status === "success" && reply.message) {
    return (
      <div className="mx-auto max-w-2xl space-y-5">
        <h1 className="text-3xl font-bold">{t("workshop.intake.title")}</h1>
        <Notice tone="success" title={t(reply.message.key, reply.message.vars)} />
      </div>
    );
  }
  const labels = {
    organisation: t("workshop.intake.organisation"),
    contactName: t("workshop.intake.contactName"),
    email: t("common.email"),
    phone: t("workshop.intake.phone"),
    kvkNumber: t("workshop.intake.kvkNumber"),
    sizeClass: t("workshop.intake.sizeClass"),
    sector: t("workshop.intake.sector"),
    themes: t("workshop.intake.themes"),
    question: t("workshop.intake.question"),
    availability: t("workshop.intake.availability"),
    consent: t("workshop.intake.consent", { werkplaats }),
  };
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <h1 className="text-3xl font-bold">{t("workshop.intake.title")}</h1>
      <p className="text-lg text-slate-800">{t("workshop.intake.intro", { werkplaats })}</p>
      {resident ? <Notice tone="info">{t("workshop.intake.resident", { company: resident.companyName })}</Notice> : null}
      <div className="card">
        <ErrorSummary reply={reply} labels={labels} />
        <Form method="post" className="space-y-4" noValidate>
          <TextField
            name="organisation"
            label={labels.organisation}
            autoComplete="organization"
            required
            reply={reply}
            defaultValue={resident?.companyName}
          />
          <TextField
            name="contactName"
            label={labels.contactName}
            autoComplete="name"
            required
            reply={reply}
            defaultValue={resident?.contactName}
          />
          <TextField
            name="email"
            type="email"
            label={labels.email}
            autoComplete="email"
            required
            reply={reply}
            defaultValue={resident?.email}
          />
          <TextField name="phone" type="tel" label={labels.phone} autoComplete="tel" optional reply={reply} />
          <TextField
            name="kvkNumber"
            label={labels.kvkNumber}
            hint={t("workshop.intake.kvkHint")}
            inputMode="numeric"
            optional
            reply={reply}
            defaultValue={resident?.kvkNumber}
          />
          <SelectField
            name="sizeClass"
            label={labels.sizeClass}
            reply={reply}
            options={[{ value: "", label: "—" }, ...organisationSizes.map((s) => ({ value: s, label: t(`workshop.size.${s}`) }))]}
          />
          <TextField name="sector" label={labels.sector} required reply={reply} />
          <CheckboxGroupField
            name="themes"
            legend={labels.themes}
            options={workshopThemes.map((th) => ({ value: th, label: t(`theme.${th}`) }))}
            selected={[]}
            reply={reply}
          />
          <TextAreaField name="question" label={labels.question} hint={t("workshop.intake.questionHint")} rows={6} reply={reply} />
          <TextAreaField
            name="availability"
            label={labels.availability}
            hint={t("workshop.intake.availabilityHint")}
            rows={2}
            optional
            reply={reply}
          />
          {/* The honeypot: off-screen and out of the tab order, so only bots fill it in. */}
          <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
            <label htmlFor="field-website">{t("workshop.intake.website")}</label>
            <input id="field-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
          </div>
          <section className="rounded-md bg-slate-50 p-4" aria-labelledby="privacy-title">
            <h2 id="privacy-title" className="font-semibold">
              {t("workshop.intake.privacyTitle")}
            </h2>
            <p className="mt-1 text-sm text-slate-700">{t("workshop.intake.privacy", { months })}</p>
          </section>
          <CheckboxField name="consent" label={labels.consent} reply={reply} />
          <Button type="submit" disabled={busy}>
            {t("workshop.intake.submit")}
          </Button>
        </Form>
      </div>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
