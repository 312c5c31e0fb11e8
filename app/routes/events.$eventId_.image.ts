import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireWerkplaats } from "~/modules/auth/index.server";
import { eventImage } from "~/modules/events/index.server";
import { isStaff } from "~/modules/rooms/index.server";
import { orErrorResponse } from "~/utils/http.server";
import { uuidParam } from "~/utils/params.server";

/**
 * An event's picture for its card, its page and link previews (Open Graph). A published event's
 * is public and may be cached (its address carries its version); staff also see a draft's.
 */
export async function loader(args: LoaderFunctionArgs) {
  const werkplaats = requireWerkplaats(args);
  const eventId = uuidParam(args.params.eventId);
  const staff = isStaff(args.context.roles ?? []);
  const image = await orErrorResponse(() => eventImage(werkplaats.id, eventId, staff ? "staff" : "public"));
  return new Response(new Uint8Array(image.data), {
    headers: {
      "Content-Type": image.contentType,
      "Cache-Control": staff ? "private, no-cache" : "public, max-age=86400",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
