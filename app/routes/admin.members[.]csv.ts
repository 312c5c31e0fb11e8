import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/modules/auth/index.server";
import { membersCsv } from "~/modules/memberships/index.server";
import { membershipFilterSchema } from "~/modules/memberships";
import { todayIn } from "~/utils/zoned-time";
import { parseQuery } from "~/utils/forms.server";

/** members.csv: one line per person, with the filters of the member list. */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const f = parseQuery(args.request, membershipFilterSchema);
  const csv = await membersCsv(werkplaats.id, { q: f.q, planId: f.plan, companyId: f.company, status: f.status, view: f.view }, args.context.locale);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="leden-${todayIn()}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
