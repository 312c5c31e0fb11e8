import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/modules/auth/session.server";
import { attendeesCsv } from "~/modules/events/registration-pages.server";
import { translator } from "~/modules/i18n/dictionary";
import { fileResponse, orErrorResponse } from "~/utils/http.server";

/** GET /admin/events/:id/attendees.csv — the attendee list for a spreadsheet. */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "staff", "manager");
  const csv = await orErrorResponse(() => attendeesCsv(werkplaats.id, args.params.eventId ?? "", translator(args.context.locale)));
  return fileResponse({ filename: csv.filename, contentType: "text/csv; charset=utf-8", body: csv.text }, "attachment");
}
