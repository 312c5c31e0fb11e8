import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requireRole } from "~/modules/auth/index.server";
import { saveEventImage } from "~/modules/events/index.server";
import { isDomainError } from "~/utils/errors";
import { readFormData } from "~/utils/forms.server";
import { uuidParam } from "~/utils/params.server";

/**
 * Upload (multipart) or remove (intent=remove) an event's picture, then back to the event's page
 * with the outcome; a refused file is named there, another werkplaats's event is the 404 page.
 */
export async function action(args: ActionFunctionArgs) {
  const { werkplaats } = requireRole(args, "staff", "manager");
  const eventId = uuidParam(args.params.eventId);
  const form = await readFormData(args.request);
  const back = `/admin/events/${eventId}`;
  const file = form.get("image");
  const bytes = form.get("intent") === "remove" ? null : file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
  try {
    await saveEventImage(werkplaats.id, eventId, bytes);
  } catch (error) {
    if (isDomainError(error) && error.status === 400) return redirect(`${back}?imageError=${encodeURIComponent(error.key)}`);
    throw error;
  }
  return redirect(`${back}?image=${bytes ? "saved" : "removed"}`);
}
