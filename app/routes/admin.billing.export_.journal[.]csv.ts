import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/modules/auth/index.server";
import { exportPeriodSchema } from "~/modules/billing";
import { exportPeriod, journalExport } from "~/modules/billing/index.server";
import { parseQuery } from "~/utils/forms.server";
import { fileResponse } from "~/utils/http.server";
import { todayIn } from "~/utils/zoned-time";

/** The manager downloads the sales journal of the period: one booking per ledger account and BTW code per invoice. */
export async function loader(args: LoaderFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "manager");
  const input = parseQuery(args.request, exportPeriodSchema, { explainIn: args.context.locale });
  const period = exportPeriod(input, todayIn(new Date(), werkplaats.timezone));
  return fileResponse(await journalExport(werkplaats.id, user.id, period, args.context.locale), "attachment");
}
