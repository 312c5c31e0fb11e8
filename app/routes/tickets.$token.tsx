import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { localised, When } from "~/components/events/event-bits";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SuccessNotice } from "~/components/form";
import { Button } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { StatusBadge } from "~/components/ui/status-badge";
import { ticketCancelSchema } from "~/modules/events";
import { ticketPage, cancelRegistration } from "~/modules/events/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { submitForm, successReply } from "~/utils/forms.server";
import { orErrorResponse } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("ticket.title", [{ name: "robots", content: "noindex" }]);

/** The guest's own page (the link in their email is the key): status, QR for the door, cancel. */
export async function loader(args: LoaderFunctionArgs) {
  const page = await orErrorResponse(() => ticketPage(args.params.token ?? ""));
  const r = page.registration;
  return {
    registration: {
      name: r.name,
      email: r.email,
      status: r.status,
      checkinCode: r.checkinCode,
      checkedInAt: r.checkedInAt,
      priceCents: r.priceCents,
      paidAt: r.paidAt,
    },
    event: {
      id: page.event.id,
      titleNl: page.event.titleNl,
      titleEn: page.event.titleEn,
      descriptionNl: "",
      descriptionEn: null,
      startsAt: page.event.startsAt,
      endsAt: page.event.endsAt,
      status: page.event.status,
      onlineUrl: r.status === "registered" ? page.event.onlineUrl : null,
    },
    position: page.position,
    location: page.location,
    qrSvg: page.qrSvg,
    started: page.event.startsAt <= new Date(),
  };
}

export async function action(args: ActionFunctionArgs) {
  // No login: the secret token in the URL is the guest's key.
  return submitForm(args.request, ticketCancelSchema, async () => {
    await cancelRegistration({ token: args.params.token ?? "" });
    return successReply({ key: "ticket.cancelled" });
  });
}

export default function Ticket() {
  const t = useT();
  const locale = useLocale();
  const { registration: r, event, position, location, qrSvg, started } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const title = localised(event, locale).title;
  return (
    <div className="mx-auto max-w-xl space-y-6">
      {params.get("new") && r.status !== "cancelled" ? (
        <Notice tone="success" title={r.status === "registered" ? t("ticket.newRegistered") : t("ticket.newWaitlisted", { position })}>
          {t("ticket.mailSent", { email: r.email })}
        </Notice>
      ) : null}
      <SuccessNotice reply={reply} />
      <h1 className="text-3xl font-bold">{title}</h1>
      <section className="card space-y-3" aria-label={t("ticket.title")}>
        <p>
          <When start={event.startsAt} end={event.endsAt} />
        </p>
        <p>
          <span className="font-semibold">{t("ticket.where")}:</span>{" "}
          {location ? t("events.where.room", location) : t("events.where.online")}
        </p>
        <p className="flex flex-wrap items-center gap-2">
          <span className="font-semibold">{r.name}</span>
          {r.status === "registered" ? (
            <StatusBadge tone="good">{t("ticket.status.registered")}</StatusBadge>
          ) : r.status === "waitlisted" ? (
            <StatusBadge tone="warn">{t("ticket.status.waitlisted", { position })}</StatusBadge>
          ) : (
            <StatusBadge tone="neutral">{t("ticket.status.cancelled")}</StatusBadge>
          )}
          {event.status === "cancelled" ? <StatusBadge tone="bad">{t("events.state.cancelled")}</StatusBadge> : null}
        </p>
        {r.priceCents > 0 && !r.paidAt ? <p className="text-sm text-slate-700">{t("ticket.unpaid")}</p> : null}
        {event.onlineUrl ? (
          <p>
            {t("ticket.onlineLink")} <a href={event.onlineUrl}>{event.onlineUrl}</a>
          </p>
        ) : null}
        {qrSvg ? (
          <div className="mt-2 flex flex-col items-center gap-2 rounded-md border border-slate-200 p-4">
            <div
              role="img"
              aria-label={t("ticket.qrLabel", { code: r.checkinCode })}
              className="w-56 [&_svg]:h-auto [&_svg]:w-full"
              // biome-ignore lint/security/noDangerouslySetInnerHtml: the app's own QR SVG, drawn from a code it generated; no user text in it
              dangerouslySetInnerHTML={{ __html: qrSvg }}
            />
            <p className="text-center text-sm text-slate-700">{t("ticket.qrHint")}</p>
            <p className="font-mono text-lg font-bold tracking-widest">{r.checkinCode}</p>
          </div>
        ) : null}
        <p className="flex flex-wrap gap-3 pt-2">
          <a href={`/events/${event.id}/calendar.ics`} className="btn-secondary btn-small" download>
            {t("events.addToCalendar")}
          </a>
          <Link to={`/events/${event.id}`} className="btn-secondary btn-small">
            {t("ticket.toEvent")}
          </Link>
        </p>
      </section>
      {r.status !== "cancelled" && !started && event.status !== "cancelled" ? (
        <section className="card" aria-labelledby="cancel-title">
          <h2 id="cancel-title" className="text-xl font-bold">
            {t("ticket.cancelTitle")}
          </h2>
          <p className="mt-1 text-slate-700">{t(r.status === "waitlisted" ? "ticket.cancelIntroWaitlisted" : "ticket.cancelIntro")}</p>
          <ErrorSummary reply={reply} />
          <Form method="post" className="mt-3">
            <Button type="submit" name="intent" value="cancel" variant="danger" disabled={busy}>
              {t("ticket.cancel")}
            </Button>
          </Form>
        </section>
      ) : null}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
