import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/modules/auth/index.server";
import { membershipsCsv } from "~/modules/memberships/index.server";
import { membershipFilterSchema } from "~/modules/memberships";
import { todayIn } from "~/utils/zoned-time";
import { parseQuery } from "~/utils/forms.server";
import { fileResponse } from "~/utils/http.server";

/** memberships.csv with the filters of the member list. */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const filter = parseQuery(args.request, membershipFilterSchema);
  const csv = await membershipsCsv(werkplaats.id, filter, args.context.locale, werkplaats.timezone);
  return fileResponse(
    { filename: `lidmaatschappen-${todayIn(new Date(), werkplaats.timezone)}.csv`, contentType: "text/csv; charset=utf-8", body: csv },
    "attachment",
  );
}
