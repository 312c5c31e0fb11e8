import { EventSavedNotice } from "~/components/events/saved-notice";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { EventForm, EventFormButtons } from "~/components/events/event-form";
import { EventImageForm } from "~/components/events/event-image-form";
import { ErrorSummary } from "~/components/form";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { StatusBadge } from "~/components/ui/status-badge";
import { requireRole } from "~/modules/auth/index.server";
import { eventFormSchema, eventStatusSchema } from "~/modules/events";
import { eventEditPage, setEventStatus, updateEvent } from "~/modules/events/index.server";
import { useT } from "~/modules/i18n";
import { isErrorReply } from "~/utils/forms";
import { submitForm } from "~/utils/forms.server";
import { orErrorResponse } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("adminEvents.edit");

export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "staff", "manager");
  return orErrorResponse(() => eventEditPage(werkplaats.id, args.params.eventId ?? ""));
}

export async function action(args: ActionFunctionArgs) {
  const { user, werkplaats, roles } = requireRole(args, "staff", "manager");
  const actor = { id: user.id, roles };
  const eventId = args.params.eventId ?? "";
  // The status buttons post to ?status; everything else is the edit form.
  if (new URL(args.request.url).searchParams.has("status")) {
    return submitForm(args.request, eventStatusSchema, async (input) => {
      const status = await setEventStatus(werkplaats, actor, eventId, input.intent);
      return redirect(`/admin/events/${eventId}?saved=${status}`);
    });
  }
  return submitForm(args.request, eventFormSchema, async (input) => {
    const event = await updateEvent(werkplaats.id, actor, eventId, input);
    return redirect(`/admin/events/${event.id}?saved=${event.status}`);
  });
}

export default function EditEvent() {
  const t = useT();
  const { event, values, rooms, image } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const statusReply = isErrorReply(reply) && !("titleNl" in reply.values) ? reply : undefined;
  const formReply = statusReply ? undefined : reply;
  const tone = { draft: "neutral", published: "good", cancelled: "bad" } as const;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        title={event.titleNl}
        intro={
          <span className="flex flex-wrap items-center gap-2">
            <StatusBadge tone={tone[event.status as keyof typeof tone]}>{t(`events.status.${event.status}`)}</StatusBadge>
            {t("adminEvents.placesLine", { registered: event.registered, capacity: event.capacity })}
            {event.waitlisted > 0 ? ` · ${t("adminEvents.waitlistLine", { count: event.waitlisted })}` : ""}
          </span>
        }
        actions={
          <>
            <Link to={`/admin/events/${event.id}/attendees`} className="btn-secondary">
              {t("adminEvents.attendees")}
            </Link>
            {event.status !== "draft" ? (
              <Link to={`/events/${event.id}`} className="btn-secondary">
                {t("adminEvents.publicPage")}
              </Link>
            ) : (
              // A draft is looked at as the public will see it before it is published.
              <Link to={`/events/${event.id}?preview`} className="btn-secondary">
                {t("adminEvents.preview")}
              </Link>
            )}
          </>
        }
      />
      <EventSavedNotice />
      <ErrorSummary reply={statusReply} />
      {event.status === "cancelled" ? (
        <p className="card text-slate-700">{t("adminEvents.cancelledReadOnly")}</p>
      ) : (
        <EventForm
          values={values}
          reply={formReply}
          busy={busy}
          rooms={rooms}
          actions={<EventFormButtons busy={busy} published={event.status === "published"} />}
        />
      )}
      {event.status !== "cancelled" ? <EventImageForm eventId={event.id} image={image} /> : null}
      {event.status !== "cancelled" ? (
        <section className="card" aria-labelledby="status-title">
          <h2 id="status-title" className="text-xl font-bold">
            {t("adminEvents.statusTitle")}
          </h2>
          <div className="mt-3 flex flex-wrap gap-3">
            {event.status === "published" && event.registered + event.waitlisted === 0 ? (
              <Form method="post" action="?status">
                <Button type="submit" name="intent" value="unpublish" variant="secondary" disabled={busy}>
                  {t("adminEvents.unpublish")}
                </Button>
              </Form>
            ) : null}
            <Form
              method="post"
              action="?status"
              onSubmit={(e) => {
                if (!window.confirm(t("adminEvents.cancelConfirm", { count: event.registered + event.waitlisted }))) e.preventDefault();
              }}
            >
              <Button type="submit" name="intent" value="cancel-event" variant="danger" disabled={busy}>
                {t("adminEvents.cancelEvent")}
              </Button>
            </Form>
          </div>
          <p className="mt-2 text-sm text-slate-700">{t("adminEvents.cancelExplain")}</p>
        </section>
      ) : null}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
