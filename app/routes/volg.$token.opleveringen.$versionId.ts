import type { LoaderFunctionArgs } from "@remix-run/node";
import { challengeOutcomeDownload, smeDownload } from "~/modules/workshop/index.server";
import { isDomainError } from "~/utils/errors";
import { fileResponse, orErrorResponse } from "~/utils/http.server";

/**
 * An accepted deliverable's file, or a file of a hackathon challenge's outcome, through the SME's
 * private link (the page at /volg/<token> serves both); any other request is a 404.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const token = params.token ?? "";
  const versionId = params.versionId ?? "";
  return orErrorResponse(async () => {
    const file = await smeDownload(token, versionId).catch((error) => {
      if (isDomainError(error) && error.status === 404) return challengeOutcomeDownload(token, versionId);
      throw error;
    });
    const response = fileResponse(file, "attachment");
    response.headers.set("Referrer-Policy", "no-referrer");
    return response;
  });
}
