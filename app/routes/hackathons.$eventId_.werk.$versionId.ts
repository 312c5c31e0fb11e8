import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser, requireWerkplaats } from "~/modules/auth/index.server";
import { teamOutcomeDownload } from "~/modules/workshop/index.server";
import { fileResponse, orErrorResponse } from "~/utils/http.server";

/** A version of a challenge's outcome for its team, teachers and staff, always as a download; anyone else gets 403. */
export async function loader(args: LoaderFunctionArgs) {
  const user = requireUser(args);
  const werkplaats = requireWerkplaats(args);
  const viewer = { id: user.id, roles: args.context.roles };
  return orErrorResponse(async () =>
    fileResponse(await teamOutcomeDownload(werkplaats.id, viewer, args.params.eventId ?? "", args.params.versionId ?? ""), "attachment"),
  );
}
