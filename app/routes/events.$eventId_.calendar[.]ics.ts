import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireWerkplaats } from "~/modules/auth/index.server";
import { eventIcs } from "~/modules/calendar/index.server";
import { icsHeaders } from "~/modules/calendar";
import { orErrorResponse } from "~/utils/http.server";

/** GET /events/:id/calendar.ics — one published event as a download. */
export async function loader(args: LoaderFunctionArgs) {
  const werkplaats = requireWerkplaats(args);
  const text = await orErrorResponse(() => eventIcs(werkplaats, args.params.eventId ?? ""));
  return new Response(text, { headers: icsHeaders("activiteit.ics", true) });
}
