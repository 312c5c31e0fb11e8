import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/modules/auth/index.server";
import { exportPeriodSchema } from "~/modules/billing";
import { exportPeriod, ublZip } from "~/modules/billing/index.server";
import { parseQuery } from "~/utils/forms.server";
import { fileResponse } from "~/utils/http.server";
import { todayIn } from "~/utils/zoned-time";

/** The manager downloads UBL files of the period in one ZIP, named by number (what bookkeeping packages import). */
export async function loader(args: LoaderFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "manager");
  const input = parseQuery(args.request, exportPeriodSchema, { explainIn: args.context.locale });
  const period = exportPeriod(input, todayIn(new Date(), werkplaats.timezone));
  return fileResponse(await ublZip(werkplaats.id, user.id, period), "attachment");
}
