import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { CheckboxField, ErrorSummary, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { requireWerkplaats } from "~/modules/auth/index.server";
import { bookSlotSchema } from "~/modules/consultations";
import { bookSlot, getOpenSlot } from "~/modules/consultations/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { requireWithinLimit } from "~/modules/rate-limits/index.server";
import { formatDateTime, formatTime } from "~/utils/dates";
import { submitForm, successReply } from "~/utils/forms.server";
import { orErrorResponse } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";
import { passRetryAfter } from "~/utils/retry-after.server";

export const meta = pageTitle("consultations.bookTitle");

export async function loader(args: LoaderFunctionArgs) {
  const werkplaats = requireWerkplaats(args);
  return orErrorResponse(() => getOpenSlot(werkplaats.id, args.params.slotId ?? ""));
}

// A 429 (throttled or rate-limited) page keeps its Retry-After.
export const headers = passRetryAfter;

export async function action(args: ActionFunctionArgs) {
  const werkplaats = requireWerkplaats(args);
  return submitForm(args.request, bookSlotSchema, async (input) => {
    await requireWithinLimit("consultationBooking", args.context, input.email);
    await bookSlot(werkplaats, args.params.slotId ?? "", input, args.context.locale);
    return successReply({ key: "consultations.booked", vars: { email: input.email } });
  });
}

export default function BookConsultation() {
  const t = useT();
  const locale = useLocale();
  const slot = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="mx-auto max-w-xl space-y-5">
      <p>
        <Link to="/spreekuur">← {t("consultations.back")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{slot.topic}</h1>
      <p className="text-lg text-slate-800">
        {formatDateTime(slot.startsAt, locale)}–{formatTime(slot.endsAt, locale)} · {t("consultations.with", { host: slot.hostName })}
        {slot.location ? ` · ${slot.location}` : ""}
      </p>
      {reply?.status === "success" && reply.message ? (
        <Notice tone="success" title={t(reply.message.key, reply.message.vars)} />
      ) : !slot.available ? (
        <Notice tone="warning">{t("consultations.error.taken")}</Notice>
      ) : (
        <div className="card">
          <ErrorSummary
            reply={reply}
            labels={{
              name: t("common.name"),
              email: t("common.email"),
              question: t("consultations.question"),
              consent: t("events.consentShort"),
            }}
          />
          <Form method="post" className="space-y-4" noValidate>
            <TextField name="name" label={t("common.name")} autoComplete="name" required reply={reply} />
            <TextField name="email" type="email" label={t("common.email")} autoComplete="email" required reply={reply} />
            <TextField name="organisation" label={t("events.organisation")} autoComplete="organization" optional reply={reply} />
            <div className="space-y-1">
              <label htmlFor="field-question" className="block font-semibold">
                {t("consultations.question")}
              </label>
              <p className="text-sm text-slate-600">{t("consultations.questionHint")}</p>
              <textarea
                id="field-question"
                name="question"
                rows={4}
                className="input"
                defaultValue={reply?.status === "error" ? reply.values.question : undefined}
                aria-invalid={reply?.status === "error" && reply.fieldErrors.question ? true : undefined}
              />
            </div>
            <CheckboxField name="consent" label={t("events.consent")} reply={reply} />
            <Button type="submit" disabled={busy}>
              {t("consultations.book")}
            </Button>
          </Form>
        </div>
      )}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
