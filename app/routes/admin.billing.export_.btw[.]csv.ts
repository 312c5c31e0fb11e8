import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/modules/auth/index.server";
import { exportPeriodSchema } from "~/modules/billing";
import { exportPeriod, summaryExport } from "~/modules/billing/index.server";
import { parseQuery } from "~/utils/forms.server";
import { fileResponse } from "~/utils/http.server";
import { todayIn } from "~/utils/zoned-time";

/** The manager downloads the BTW summary of the period, per rubriek of the aangifte. */
export async function loader(args: LoaderFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "manager");
  const input = parseQuery(args.request, exportPeriodSchema, { explainIn: args.context.locale });
  const period = exportPeriod(input, todayIn(new Date(), werkplaats.timezone));
  return fileResponse(await summaryExport(werkplaats.id, user.id, period, args.context.locale), "attachment");
}
