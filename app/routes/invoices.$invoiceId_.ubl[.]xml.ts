import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser, requireWerkplaats } from "~/modules/auth/index.server";
import { invoiceFile } from "~/modules/billing/index.server";
import { uuidParam } from "~/utils/params.server";
import { fileResponse } from "~/utils/http.server";

/** The invoice or credit note as SI-UBL 2.0 XML (what bookkeeping software imports). */
export async function loader(args: LoaderFunctionArgs) {
  const user = requireUser(args);
  const werkplaats = requireWerkplaats(args);
  const file = await invoiceFile(werkplaats.id, { id: user.id, roles: args.context.roles }, uuidParam(args.params.invoiceId), "ubl");
  return fileResponse(file, "attachment");
}
