import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/modules/auth/index.server";
import { staffOutcomeDownload } from "~/modules/workshop/index.server";
import { fileResponse, orErrorResponse } from "~/utils/http.server";

/** A version of a challenge's outcome for staff, always as a download. */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "staff", "manager");
  return orErrorResponse(async () =>
    fileResponse(await staffOutcomeDownload(werkplaats.id, args.params.eventId ?? "", args.params.versionId ?? ""), "attachment"),
  );
}
