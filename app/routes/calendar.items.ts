import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/modules/auth/index.server";
import { rangeSchema } from "~/modules/rooms";
import { calendarItems } from "~/modules/rooms/index.server";
import { parseQuery } from "~/utils/forms.server";

/** GET /calendar/items?start&end[&room]: the calendar's items for the visible range, as JSON. */
export async function loader(args: LoaderFunctionArgs) {
  const { user, werkplaats, roles } = requireRole(args, "member", "staff", "manager");
  const range = parseQuery(args.request, rangeSchema, { explainIn: args.context.locale });
  const items = await calendarItems(werkplaats.id, { id: user.id, roles }, range, werkplaats.timezone);
  return Response.json(items, { headers: { "Cache-Control": "private, no-store" } });
}
