import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requireRole } from "~/modules/auth/index.server";
import { removePhoto, savePhoto } from "~/modules/directory/index.server";
import { isDomainError } from "~/utils/errors";
import { readFormData } from "~/utils/forms.server";

export function loader(args: LoaderFunctionArgs) {
  requireRole(args, "member");
  throw redirect("/directory/profile");
}

/** Upload (multipart) or remove the member's own photo, then back to the profile page. */
export async function action(args: ActionFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "member");
  const form = await readFormData(args.request);
  try {
    if (form.get("intent") === "remove") {
      await removePhoto(werkplaats.id, user.id);
      return redirect("/directory/profile?photo=removed");
    }
    const file = form.get("photo");
    const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    await savePhoto(werkplaats.id, user.id, bytes);
    return redirect("/directory/profile?photo=saved");
  } catch (error) {
    if (isDomainError(error)) return redirect(`/directory/profile?photoError=${encodeURIComponent(error.key)}`);
    throw error;
  }
}
