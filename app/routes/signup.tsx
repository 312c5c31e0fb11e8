import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { CheckboxField, ErrorSummary, SuccessNotice, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { signUp, requireWerkplaats, safeRedirect } from "~/modules/auth/index.server";
import { signupSchema } from "~/modules/auth";
import { useT } from "~/modules/i18n";
import { requireWithinLimit } from "~/modules/rate-limits/index.server";
import { submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";
import { passRetryAfter } from "~/utils/retry-after.server";

export const meta = pageTitle("signup.title");

export function loader({ context }: LoaderFunctionArgs) {
  if (context.user) throw redirect("/");
  return null;
}

// A 429 (throttled or rate-limited) page keeps its Retry-After.
export const headers = passRetryAfter;

export async function action(args: ActionFunctionArgs) {
  const { request, context } = args;
  const werkplaats = requireWerkplaats(args);
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"));
  return submitForm(request, signupSchema, async (input) => {
    await requireWithinLimit("signUp", context, input.email);
    await signUp({ ...input, locale: context.locale }, werkplaats, redirectTo);
    // The same answer whether or not the address has an account; nobody is logged in until
    // the address is proven (the link in the email, which comes back to `redirectTo`).
    return successReply({ key: "signup.checkEmail", vars: { email: input.email } });
  });
}

export default function Signup() {
  const t = useT();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const [params] = useSearchParams();
  if (reply?.status === "success") {
    return (
      <div className="mx-auto max-w-md">
        <h1 className="mb-6 text-3xl font-bold">{t("signup.checkEmailTitle")}</h1>
        <SuccessNotice reply={reply} />
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{t("signup.title")}</h1>
      <p className="mt-2 mb-6 text-slate-700">{t("signup.intro")}</p>
      <div className="card">
        <ErrorSummary
          reply={reply}
          labels={{ name: t("signup.name"), email: t("signup.email"), password: t("signup.password"), terms: t("footer.terms") }}
        />
        <Form method="post" className="space-y-5" noValidate>
          <TextField name="name" label={t("signup.name")} autoComplete="name" required reply={reply} />
          <TextField name="email" type="email" label={t("signup.email")} autoComplete="email" required reply={reply} />
          <TextField
            name="password"
            type="password"
            label={t("signup.password")}
            hint={t("signup.passwordHint")}
            autoComplete="new-password"
            required
            reply={reply}
          />
          <CheckboxField
            name="terms"
            reply={reply}
            label={
              <>
                {t("signup.terms")}{" "}
                <Link to="/terms" target="_blank">
                  {t("signup.termsLink")}
                </Link>
              </>
            }
          />
          <Button type="submit" disabled={busy}>
            {busy ? t("common.loading") : t("signup.submit")}
          </Button>
        </Form>
      </div>
      <p className="mt-6 text-slate-700">
        {t("signup.haveAccount")}{" "}
        <Link to={params.get("redirectTo") ? `/login?redirectTo=${encodeURIComponent(params.get("redirectTo")!)}` : "/login"}>
          {t("nav.login")}
        </Link>
      </p>
    </div>
  );
}
