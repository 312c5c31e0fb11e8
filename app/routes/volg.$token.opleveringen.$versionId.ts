import type { LoaderFunctionArgs } from "@remix-run/node";
import { smeDownload } from "~/modules/workshop/index.server";
import { fileResponse, orErrorResponse } from "~/utils/http.server";

/** An accepted deliverable's file through the SME's private link; any other request is a 404. */
export async function loader({ params }: LoaderFunctionArgs) {
  return orErrorResponse(async () => {
    const response = fileResponse(await smeDownload(params.token ?? "", params.versionId ?? ""), "attachment");
    response.headers.set("Referrer-Policy", "no-referrer");
    return response;
  });
}
