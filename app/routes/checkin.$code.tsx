import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SuccessNotice } from "~/components/form";
import { Button } from "~/components/ui/button";
import { StatusBadge } from "~/components/ui/status-badge";
import { requireRole } from "~/modules/auth/index.server";
import { checkinConfirmSchema } from "~/modules/events";
import { checkinLookup, checkIn } from "~/modules/events/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { formatDateTime, formatTime } from "~/utils/dates";
import { submitForm, successReply } from "~/utils/forms.server";
import { orErrorResponse } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("doorCheckin.title");

/** Where a scanned QR code lands: staff see who it is and confirm the check-in with one tap. */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "staff", "manager");
  return orErrorResponse(() => checkinLookup(werkplaats.id, args.params.code ?? ""));
}

export async function action(args: ActionFunctionArgs) {
  const { werkplaats } = requireRole(args, "staff", "manager");
  return submitForm(args.request, checkinConfirmSchema, async () => {
    const r = await checkIn(werkplaats.id, { code: args.params.code ?? "" });
    return successReply({ key: r.already ? "doorCheckin.already" : "doorCheckin.done", vars: { name: r.name } });
  });
}

export default function CheckinByCode() {
  const t = useT();
  const locale = useLocale();
  const { registration: r, event } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="mx-auto max-w-md space-y-5">
      <h1 className="text-3xl font-bold">{t("doorCheckin.title")}</h1>
      <SuccessNotice reply={reply} />
      <ErrorSummary reply={reply} />
      <section className="card space-y-2" aria-label={t("doorCheckin.person")}>
        <p className="text-2xl font-bold">{r.name}</p>
        <p className="text-slate-700">{r.organisation}</p>
        <p>
          {event.titleNl} · {formatDateTime(event.startsAt, locale)}
        </p>
        <p>
          {r.status !== "registered" ? (
            <StatusBadge tone="bad">{t(`attendees.status.${r.status}`)}</StatusBadge>
          ) : r.checkedInAt ? (
            <StatusBadge tone="good">{t("attendees.checkedInAt", { time: formatTime(r.checkedInAt, locale) })}</StatusBadge>
          ) : (
            <StatusBadge tone="info">{t("attendees.status.registered")}</StatusBadge>
          )}
        </p>
        {r.status === "registered" && !r.checkedInAt && reply?.status !== "success" ? (
          <Form method="post" className="pt-2">
            <Button type="submit" disabled={busy} className="w-full">
              {t("doorCheckin.confirm", { name: r.name })}
            </Button>
          </Form>
        ) : null}
      </section>
      <Link to={`/admin/events/${event.id}/attendees`}>{t("doorCheckin.toList")}</Link>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
