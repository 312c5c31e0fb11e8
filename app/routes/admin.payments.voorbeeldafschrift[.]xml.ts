import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/modules/auth/index.server";
import { demoStatementFile } from "~/modules/payments/index.server";
import { fileResponse, notFoundResponse } from "~/utils/http.server";
import { todayIn } from "~/utils/zoned-time";

/** The demo's sample statement (CAMT.053) over its open invoices today; 404 outside the demo. */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const file = await demoStatementFile(werkplaats, todayIn(new Date(), werkplaats.timezone));
  if (!file) notFoundResponse();
  return fileResponse(file, "attachment");
}
