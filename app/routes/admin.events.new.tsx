import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { EventForm, EventFormButtons } from "~/components/events/event-form";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { eventFormSchema } from "~/modules/events";
import { createEvent, eventRoomOptions } from "~/modules/events/index.server";
import { useT } from "~/modules/i18n";
import { submitForm } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("adminEvents.new");

export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "staff", "manager");
  return { rooms: await eventRoomOptions(werkplaats.id) };
}

export async function action(args: ActionFunctionArgs) {
  const { user, werkplaats, roles } = requireRole(args, "staff", "manager");
  return submitForm(args.request, eventFormSchema, async (input) => {
    const event = await createEvent(werkplaats.id, { id: user.id, roles }, input);
    // Publishing lands on the activity itself, where its public page is one click away.
    return redirect(`/admin/events/${event.id}?saved=${event.status}`);
  });
}

export default function NewEvent() {
  const t = useT();
  const { rooms } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("adminEvents.new")} intro={t("adminEvents.newIntro")} />
      <EventForm
        values={{ audiences: ["members", "public"] }}
        reply={reply}
        busy={busy}
        rooms={rooms}
        actions={<EventFormButtons busy={busy} published={false} />}
      />
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
