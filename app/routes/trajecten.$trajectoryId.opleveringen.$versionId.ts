import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser, requireWerkplaats } from "~/modules/auth/index.server";
import { deliverableDownload, teamTrajectory } from "~/modules/workshop/index.server";
import { fileResponse, orErrorResponse } from "~/utils/http.server";

/** A deliverable's file for the team and staff (every version), always as a download. */
export async function loader(args: LoaderFunctionArgs) {
  const user = requireUser(args);
  const werkplaats = requireWerkplaats(args);
  return orErrorResponse(async () => {
    const { trajectory } = await teamTrajectory(werkplaats.id, { id: user.id, roles: args.context.roles }, args.params.trajectoryId ?? "");
    return fileResponse(await deliverableDownload(trajectory, args.params.versionId ?? "", false), "attachment");
  });
}
