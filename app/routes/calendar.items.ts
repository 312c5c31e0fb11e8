import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/modules/auth/index.server";
import { translate } from "~/modules/i18n";
import { rangeSchema } from "~/modules/rooms";
import { calendarItems } from "~/modules/rooms/index.server";
import { formDataToObject } from "~/utils/forms.server";

/** GET /calendar/items?start&end[&room]: the calendar's items for the visible range, as JSON. */
export async function loader(args: LoaderFunctionArgs) {
  const { user, werkplaats, roles } = requireRole(args, "member", "staff", "manager");
  const parsed = rangeSchema.safeParse(formDataToObject(new URL(args.request.url).searchParams));
  if (!parsed.success) {
    return Response.json({ error: translate(args.context.locale, parsed.error.issues[0]?.message ?? "errors.range") }, { status: 400 });
  }
  const items = await calendarItems(werkplaats.id, { id: user.id, roles }, parsed.data);
  return Response.json(items, { headers: { "Cache-Control": "private, no-store" } });
}
