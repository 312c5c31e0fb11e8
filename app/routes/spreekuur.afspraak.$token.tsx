import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary } from "~/components/form";
import { Button } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { cancelAppointmentSchema } from "~/modules/consultations";
import { cancelAppointment, findAppointment } from "~/modules/consultations/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { formatDateTime, formatTime } from "~/utils/dates";
import { submitForm, successReply } from "~/utils/forms.server";
import { orErrorResponse } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("consultations.appointmentTitle", [{ name: "robots", content: "noindex" }]);

/** The SME owner's appointment (the link in their confirmation is the key): see it or cancel it. */
export async function loader({ params }: LoaderFunctionArgs) {
  return orErrorResponse(() => findAppointment(params.token ?? ""));
}

export async function action({ request, params }: ActionFunctionArgs) {
  return submitForm(request, cancelAppointmentSchema, async () => {
    await cancelAppointment(params.token ?? "");
    return successReply({ key: "consultations.appointmentCancelled" });
  });
}

export default function Appointment() {
  const t = useT();
  const locale = useLocale();
  const slot = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  if (reply?.status === "success") {
    return (
      <div className="mx-auto max-w-xl space-y-4">
        <Notice tone="success" title={t("consultations.appointmentCancelled")} />
        <Link to="/spreekuur">{t("consultations.back")}</Link>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-xl space-y-5">
      <h1 className="text-3xl font-bold">{t("consultations.appointmentTitle")}</h1>
      <section className="card space-y-2" aria-label={slot.topic}>
        <p className="text-lg font-semibold">{slot.topic}</p>
        <p>
          {formatDateTime(slot.startsAt, locale)}–{formatTime(slot.endsAt, locale)} · {t("consultations.with", { host: slot.hostName })}
        </p>
        {slot.location ? <p className="text-slate-700">{slot.location}</p> : null}
        {slot.question ? <p className="text-slate-700">“{slot.question}”</p> : null}
      </section>
      <ErrorSummary reply={reply} />
      <Form method="post">
        <Button type="submit" variant="danger" disabled={busy}>
          {t("consultations.cancelAppointment")}
        </Button>
      </Form>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
