import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { setLocale, safeRedirect } from "~/modules/auth/index.server";
import { localeSchema } from "~/modules/auth";
import { localeCookie } from "~/server/cookies.server";
import { submitForm } from "~/utils/forms.server";

/** Switches the UI language: remembered on the account, and in a cookie for guests. */
export async function action({ request, context }: ActionFunctionArgs) {
  return submitForm(request, localeSchema, async ({ locale, redirectTo }) => {
    if (context.user) await setLocale(context.user.id, locale);
    return redirect(safeRedirect(redirectTo), { headers: { "Set-Cookie": await localeCookie.serialize(locale) } });
  });
}

export function loader() {
  return redirect("/");
}
