import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireWerkplaats } from "~/modules/auth/index.server";
import { publicEventsFeed } from "~/modules/calendar/index.server";
import { icsHeaders } from "~/modules/calendar";

/** GET /events/feed.ics — the public agenda to subscribe to in any calendar app. */
export async function loader(args: LoaderFunctionArgs) {
  const werkplaats = requireWerkplaats(args);
  return new Response(await publicEventsFeed(werkplaats), {
    headers: { ...icsHeaders("agenda.ics", false), "Cache-Control": "public, max-age=600" },
  });
}
