import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/modules/auth/index.server";
import { attendeesCsv } from "~/modules/events/index.server";
import { translator } from "~/modules/i18n";
import { fileResponse, orErrorResponse } from "~/utils/http.server";

/** GET /admin/events/:id/attendees.csv — the attendee list for a spreadsheet. */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "staff", "manager");
  const csv = await orErrorResponse(() =>
    attendeesCsv(werkplaats.id, args.params.eventId ?? "", translator(args.context.locale), werkplaats.timezone),
  );
  return fileResponse({ filename: csv.filename, contentType: "text/csv; charset=utf-8", body: csv.text }, "attachment");
}
