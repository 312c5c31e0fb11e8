import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/modules/auth/index.server";
import { photoFor } from "~/modules/directory/index.server";
import { orErrorResponse } from "~/utils/http.server";
import { uuidParam } from "~/utils/params.server";

/** A profile photo, for members, staff and managers; only of visible profiles (or your own). */
export async function loader(args: LoaderFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "member", "staff", "manager");
  const userId = uuidParam(args.params.userId);
  const photo = await orErrorResponse(() => photoFor(werkplaats.id, userId, user.id));
  return new Response(new Uint8Array(photo.data), {
    headers: { "Content-Type": photo.contentType, "Cache-Control": "private, max-age=86400", "X-Content-Type-Options": "nosniff" },
  });
}
