import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { RoomForm } from "~/components/rooms/room-form";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { useT } from "~/modules/i18n";
import { roomFormSchema } from "~/modules/rooms";
import { createRoom } from "~/modules/rooms/index.server";
import { submitForm } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("rooms.new");

export function loader(args: LoaderFunctionArgs) {
  requireRole(args, "manager");
  return null;
}

export async function action(args: ActionFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  return submitForm(args.request, roomFormSchema, async (input) => {
    const room = await createRoom(werkplaats.id, input);
    return redirect(`/admin/rooms?saved=${encodeURIComponent(room.name)}`);
  });
}

const weekday = { open: "08:00", close: "18:00" };
const defaults = {
  memberHourly: "15,00",
  guestHourly: "25,00",
  active: true,
  ...Object.fromEntries(
    ["1", "2", "3", "4", "5"].flatMap((d) => [
      [`open_${d}`, weekday.open],
      [`close_${d}`, weekday.close],
    ]),
  ),
};

export default function NewRoom() {
  const t = useT();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("rooms.new")} />
      <RoomForm values={defaults} reply={reply} busy={busy} submitLabel={t("rooms.create")} />
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
