import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requireRole } from "~/modules/auth/index.server";
import { partnerLogo, savePartnerLogo } from "~/modules/partners/index.server";
import { isDomainError } from "~/utils/errors";
import { readFormData } from "~/utils/forms.server";
import { orErrorResponse } from "~/utils/http.server";
import { uuidParam } from "~/utils/params.server";

/** The logo as the manager sees it, published or not. */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const partnerId = uuidParam(args.params.partnerId);
  const logo = await orErrorResponse(() => partnerLogo(werkplaats.id, partnerId, "manager"));
  return new Response(new Uint8Array(logo.bytes), {
    headers: { "Content-Type": logo.mimeType, "Cache-Control": "private, no-cache", "X-Content-Type-Options": "nosniff" },
  });
}

/** Upload a partner's logo (multipart; removing is a plain form on the partner's page), then back to the partner's page with the outcome. */
export async function action(args: ActionFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const partnerId = uuidParam(args.params.partnerId);
  const form = await readFormData(args.request);
  const back = `/admin/partners/${partnerId}`;
  const file = form.get("logo");
  const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
  try {
    await savePartnerLogo(werkplaats.id, partnerId, bytes);
  } catch (error) {
    // A refused file goes back to the form; another werkplaats's partner is the 404 page.
    if (isDomainError(error) && error.status === 400) return redirect(`${back}?logoError=${encodeURIComponent(error.key)}`);
    throw error;
  }
  return redirect(`${back}?logo=saved`);
}
