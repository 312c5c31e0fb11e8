import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireWerkplaats } from "~/modules/auth/index.server";
import { partnerLogo } from "~/modules/partners/index.server";
import { orErrorResponse } from "~/utils/http.server";
import { uuidParam } from "~/utils/params.server";

/** A published partner's logo for the public impact page; public, so it may be cached for a day. */
export async function loader(args: LoaderFunctionArgs) {
  const werkplaats = requireWerkplaats(args);
  const partnerId = uuidParam(args.params.partnerId);
  const logo = await orErrorResponse(() => partnerLogo(werkplaats.id, partnerId, "public"));
  return new Response(new Uint8Array(logo.bytes), {
    headers: { "Content-Type": logo.mimeType, "Cache-Control": "public, max-age=86400", "X-Content-Type-Options": "nosniff" },
  });
}
