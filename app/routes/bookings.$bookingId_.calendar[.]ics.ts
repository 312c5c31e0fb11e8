import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/modules/auth/index.server";
import { bookingIcs } from "~/modules/calendar/index.server";
import { icsHeaders } from "~/modules/calendar";
import { orErrorResponse } from "~/utils/http.server";

/** GET /bookings/:id/calendar.ics — one booking for the owner's (or staff's) calendar app. */
export async function loader(args: LoaderFunctionArgs) {
  const { user, werkplaats, roles } = requireRole(args, "member", "staff", "manager");
  const text = await orErrorResponse(() => bookingIcs(werkplaats, { id: user.id, roles }, args.params.bookingId ?? ""));
  return new Response(text, { headers: icsHeaders("boeking.ics", true) });
}
