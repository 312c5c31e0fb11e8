import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser, requireWerkplaats } from "~/modules/auth/index.server";
import { invoiceFile } from "~/modules/billing/index.server";
import { uuidParam } from "~/utils/params.server";
import { fileResponse } from "~/utils/http.server";

/** The invoice or credit note as a PDF, for the same readers as its page. */
export async function loader(args: LoaderFunctionArgs) {
  const user = requireUser(args);
  const werkplaats = requireWerkplaats(args);
  const file = await invoiceFile(werkplaats.id, { id: user.id, roles: args.context.roles }, uuidParam(args.params.invoiceId), "pdf");
  return fileResponse(file, "inline");
}
