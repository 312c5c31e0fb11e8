import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/modules/auth/index.server";
import { membersCsv } from "~/modules/memberships/index.server";
import { membershipFilterSchema } from "~/modules/memberships";
import { todayIn } from "~/utils/zoned-time";
import { parseQuery } from "~/utils/forms.server";
import { fileResponse } from "~/utils/http.server";

/** members.csv: one line per person, with the filters of the member list. */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const filter = parseQuery(args.request, membershipFilterSchema);
  const csv = await membersCsv(werkplaats.id, filter, args.context.locale);
  return fileResponse(
    { filename: `leden-${todayIn(new Date(), werkplaats.timezone)}.csv`, contentType: "text/csv; charset=utf-8", body: csv },
    "attachment",
  );
}
