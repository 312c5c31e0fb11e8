import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Button } from "~/components/ui/button";
import { ErrorSummary } from "~/components/form";
import { isErrorReply } from "~/utils/forms";
import { ErrorPage } from "~/components/error-page";
import { RoomForm } from "~/components/rooms/room-form";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { useT } from "~/modules/i18n";
import { deleteRoomSchema, roomFormSchema } from "~/modules/rooms";
import { deleteRoom, getRoom, roomFormValues, updateRoom } from "~/modules/rooms/index.server";
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
  // The delete button posts to ?delete; everything else is the edit form.
  if (new URL(args.request.url).searchParams.has("delete")) {
    return submitForm(args.request, deleteRoomSchema, async () => {
      const name = await deleteRoom(werkplaats.id, args.params.roomId ?? "");
      return redirect(`/admin/rooms?deleted=${encodeURIComponent(name)}`);
    });
  }
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
  const deleteReply = isErrorReply(reply) && !("name" in reply.values) ? reply : undefined;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t("rooms.editTitle", { name })} intro={t("rooms.editIntro")} />
      <RoomForm values={values} reply={deleteReply ? undefined : reply} busy={busy} submitLabel={t("common.save")} />
      <section className="card" aria-labelledby="delete-title">
        <h2 id="delete-title" className="text-xl font-bold">
          {t("rooms.delete.title")}
        </h2>
        <p className="mt-1 mb-3 text-slate-700">{t("rooms.delete.intro")}</p>
        <ErrorSummary reply={deleteReply} />
        <Form method="post" action="?delete">
          <Button type="submit" variant="danger" disabled={busy}>
            {t("rooms.delete.submit", { name })}
          </Button>
        </Form>
      </section>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
