import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { ErrorPage } from "~/components/error-page";
import { CheckboxField, ErrorSummary, SuccessNotice, TextAreaField, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { StatusBadge } from "~/components/ui/status-badge";
import { requireRole } from "~/modules/auth/index.server";
import { attendeeActionSchema } from "~/modules/events";
import { attendeesPage, cancelRegistration, checkIn, emailRegistrants } from "~/modules/events/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { formatDateTime, formatTime } from "~/utils/dates";
import { isErrorReply } from "~/utils/forms";
import { submitForm, successReply } from "~/utils/forms.server";
import { orErrorResponse } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("attendees.title");

export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "staff", "manager");
  return orErrorResponse(() => attendeesPage(werkplaats.id, args.params.eventId ?? ""));
}

export async function action(args: ActionFunctionArgs) {
  const { werkplaats } = requireRole(args, "staff", "manager");
  return submitForm(args.request, attendeeActionSchema, async (input) => {
    switch (input.intent) {
      case "checkin":
      case "undo-checkin": {
        const r = await checkIn(werkplaats.id, { registrationId: input.registrationId }, input.intent === "undo-checkin");
        return successReply({ key: input.intent === "checkin" ? "doorCheckin.done" : "doorCheckin.undone", vars: { name: r.name } });
      }
      case "checkin-code": {
        const r = await checkIn(werkplaats.id, { code: input.code });
        return successReply({ key: r.already ? "doorCheckin.already" : "doorCheckin.done", vars: { name: r.name } });
      }
      case "cancel-registration": {
        const r = await cancelRegistration({ registrationId: input.registrationId, werkplaatsId: werkplaats.id });
        return successReply({ key: r.promoted ? "attendees.cancelledPromoted" : "attendees.cancelled" });
      }
      case "email": {
        const count = await emailRegistrants(werkplaats, args.params.eventId ?? "", input);
        return successReply({ key: "attendees.emailed", vars: { count } });
      }
    }
  });
}

export default function Attendees() {
  const t = useT();
  const locale = useLocale();
  const { event, attendees } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const [query, setQuery] = useState("");
  const shown = attendees.filter(
    (a) => !query || `${a.name} ${a.email} ${a.organisation ?? ""}`.toLowerCase().includes(query.toLowerCase()),
  );
  const emailReply = isErrorReply(reply) && reply.values.intent === "email" ? reply : undefined;
  const otherReply = emailReply ? undefined : reply;
  const badge = (a: (typeof attendees)[number]) =>
    a.status === "registered" ? (
      a.checkedInAt ? (
        <StatusBadge tone="good">{t("attendees.checkedInAt", { time: formatTime(a.checkedInAt, locale) })}</StatusBadge>
      ) : (
        <StatusBadge tone="info">{t("attendees.status.registered")}</StatusBadge>
      )
    ) : a.status === "waitlisted" ? (
      <StatusBadge tone="warn">{t("attendees.status.waitlisted")}</StatusBadge>
    ) : (
      <StatusBadge tone="neutral">{t("attendees.status.cancelled")}</StatusBadge>
    );
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("attendees.titleFor", { event: event.titleNl })}
        intro={`${formatDateTime(event.startsAt, locale)} · ${t("adminEvents.placesLine", { registered: event.registered, capacity: event.capacity })} · ${t("attendees.checkedInCount", { count: event.checkedIn })}`}
        actions={
          <>
            <a href={`/admin/events/${event.id}/attendees.csv`} className="btn-secondary" download>
              {t("attendees.csv")}
            </a>
            <Link to={`/admin/events/${event.id}`} className="btn-secondary">
              {t("attendees.editEvent")}
            </Link>
          </>
        }
      />
      <SuccessNotice reply={reply} />
      <ErrorSummary reply={otherReply} />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <section className="card overflow-x-auto" aria-labelledby="list-title">
          <h2 id="list-title" className="text-xl font-bold">
            {t("attendees.list")}
          </h2>
          <div className="my-3 max-w-sm">
            <label htmlFor="find" className="mb-1 block font-semibold">
              {t("attendees.find")}
            </label>
            <input id="find" type="search" className="input" value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
          </div>
          {attendees.length === 0 ? (
            <p className="text-slate-700">{t("attendees.none")}</p>
          ) : (
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{t("attendees.col.name")}</th>
                  <th scope="col">{t("attendees.col.status")}</th>
                  <th scope="col">{t("common.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((a, i) => (
                  <tr key={a.id}>
                    <td className="text-slate-600">{i + 1}</td>
                    <td>
                      <div className="font-semibold">{a.name}</div>
                      <div className="text-sm text-slate-600">
                        {a.email}
                        {a.organisation ? ` · ${a.organisation}` : ""}
                      </div>
                    </td>
                    <td>{badge(a)}</td>
                    <td>
                      <div className="flex flex-wrap gap-2">
                        {a.status === "registered" ? (
                          <Form method="post">
                            <input type="hidden" name="registrationId" value={a.id} />
                            {a.checkedInAt ? (
                              <Button
                                type="submit"
                                name="intent"
                                value="undo-checkin"
                                variant="secondary"
                                small
                                disabled={busy}
                                aria-label={t("attendees.undoLabel", { name: a.name })}
                              >
                                {t("attendees.undo")}
                              </Button>
                            ) : (
                              <Button
                                type="submit"
                                name="intent"
                                value="checkin"
                                small
                                disabled={busy}
                                aria-label={t("attendees.checkinLabel", { name: a.name })}
                              >
                                {t("attendees.checkin")}
                              </Button>
                            )}
                          </Form>
                        ) : null}
                        {a.status !== "cancelled" && new Date(event.startsAt) > new Date() ? (
                          <Form method="post">
                            <input type="hidden" name="registrationId" value={a.id} />
                            <Button
                              type="submit"
                              name="intent"
                              value="cancel-registration"
                              variant="danger"
                              small
                              disabled={busy}
                              aria-label={t("attendees.cancelLabel", { name: a.name })}
                            >
                              {t("attendees.cancel")}
                            </Button>
                          </Form>
                        ) : null}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <div className="space-y-6">
          <section className="card" aria-labelledby="code-title">
            <h2 id="code-title" className="text-xl font-bold">
              {t("attendees.byCode")}
            </h2>
            <p className="mt-1 mb-3 text-sm text-slate-700">{t("attendees.byCodeHint")}</p>
            <Form method="post" className="flex items-end gap-2">
              <div className="flex-1">
                <label htmlFor="code" className="mb-1 block font-semibold">
                  {t("attendees.code")}
                </label>
                <input id="code" name="code" className="input font-mono uppercase" autoComplete="off" />
              </div>
              <Button type="submit" name="intent" value="checkin-code" disabled={busy}>
                {t("attendees.checkin")}
              </Button>
            </Form>
          </section>
          <section className="card" aria-labelledby="mail-title">
            <h2 id="mail-title" className="text-xl font-bold">
              {t("attendees.emailTitle")}
            </h2>
            <ErrorSummary reply={emailReply} />
            <Form method="post" className="mt-3 space-y-4" noValidate>
              <TextField name="subject" label={t("attendees.subject")} reply={emailReply} required />
              <TextAreaField name="message" label={t("attendees.message")} rows={5} required reply={emailReply} />
              <CheckboxField name="includeWaitlist" label={t("attendees.includeWaitlist")} reply={emailReply} />
              <Button type="submit" name="intent" value="email" disabled={busy}>
                {t("attendees.send")}
              </Button>
            </Form>
          </section>
        </div>
      </div>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
