import type { LoaderFunctionArgs } from "@remix-run/node";
import { privateFeed } from "~/modules/calendar/index.server";
import { icsHeaders } from "~/modules/calendar";
import { orErrorResponse } from "~/utils/http.server";

/**
 * GET /ical/:token.ics — a person's private feed (bookings and registrations). Calendar apps
 * fetch it without a session: the secret token is the key, and revoking it ends access.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const token = (params.token ?? "").replace(/\.ics$/, "");
  if (!/^[\w-]{20,64}$/.test(token)) return new Response("Not found", { status: 404 });
  const text = await orErrorResponse(() => privateFeed(token));
  return new Response(text, { headers: { ...icsHeaders("werkplaats.ics", false), "Cache-Control": "private, max-age=300" } });
}
