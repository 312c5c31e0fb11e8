import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { ErrorSummary, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { logIn, safeRedirect, startSession } from "~/modules/auth/index.server";
import { loginSchema } from "~/modules/auth";
import { useT } from "~/modules/i18n";
import { submitForm } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";
import { passRetryAfter } from "~/utils/retry-after.server";

export const meta = pageTitle("login.title");

export function loader({ context, request }: LoaderFunctionArgs) {
  if (context.user) throw redirect(safeRedirect(new URL(request.url).searchParams.get("redirectTo")));
  return null;
}

// A 429 (throttled or rate-limited) page keeps its Retry-After.
export const headers = passRetryAfter;

export async function action({ request, context }: ActionFunctionArgs) {
  return submitForm(request, loginSchema, async ({ email, password, redirectTo }) => {
    const user = await logIn(email, password, context.ip);
    const cookie = await startSession(user.id, context.sessionId);
    return redirect(safeRedirect(redirectTo), { headers: { "Set-Cookie": cookie } });
  });
}

export default function Login() {
  const t = useT();
  const reply = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{t("login.title")}</h1>
      <p className="mt-2 mb-6 text-slate-700">{t("login.intro")}</p>
      {params.get("reset") === "1" ? (
        <div className="mb-5">
          <Notice tone="success">{t("login.passwordReset")}</Notice>
        </div>
      ) : null}
      <div className="card">
        <ErrorSummary reply={reply} labels={{ email: t("login.email"), password: t("login.password") }} />
        <Form method="post" className="space-y-5" noValidate>
          <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? "/"} />
          <TextField name="email" type="email" label={t("login.email")} autoComplete="username" required reply={reply} />
          <TextField name="password" type="password" label={t("login.password")} autoComplete="current-password" required reply={reply} />
          <div className="flex flex-wrap items-center justify-between gap-3">
            <Button type="submit" disabled={busy}>
              {busy ? t("common.loading") : t("login.submit")}
            </Button>
            <Link to="/forgot-password">{t("login.forgot")}</Link>
          </div>
        </Form>
      </div>
      <p className="mt-6 text-slate-700">
        {t("login.noAccount")} <Link to="/signup">{t("nav.signup")}</Link>
      </p>
    </div>
  );
}
