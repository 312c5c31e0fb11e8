import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/modules/auth/index.server";
import { directDebitBatchFile } from "~/modules/payments/index.server";
import { fileResponse, orErrorResponse } from "~/utils/http.server";
import { uuidParam } from "~/utils/params.server";

/** A direct debit file made before, exactly as written, to upload (again) at the bank. */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const file = await orErrorResponse(() => directDebitBatchFile(werkplaats.id, uuidParam(args.params.batchId)));
  return fileResponse(file, "attachment");
}
