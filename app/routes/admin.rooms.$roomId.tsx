import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { RoomForm } from "~/components/rooms/room-form";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/session.server";
import { useT } from "~/modules/i18n/use-t";
import { roomFormSchema } from "~/modules/rooms/rooms.schema";
import { getRoom, roomFormValues, updateRoom } from "~/modules/rooms/rooms.server";
import { submitForm } from "~/utils/forms.server";
import { orErrorResponse } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("rooms.edit");

export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const room = await orErrorResponse(() => getRoom(werkplaats.id, args.params.roomId ?? ""));
  return { name: room.name, values: roomFormValues(room) };
}

export async function action(args: ActionFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  return submitForm(args.request, roomFormSchema, async (input) => {
    const room = await updateRoom(werkplaats.id, args.params.roomId ?? "", input);
    return redirect(`/admin/rooms?saved=${encodeURIComponent(room.name)}`);
  });
}

export default function EditRoom() {
  const t = useT();
  const { name, values } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("rooms.editTitle", { name })} intro={t("rooms.editIntro")} />
      <RoomForm values={values} reply={reply} busy={busy} submitLabel={t("common.save")} />
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
