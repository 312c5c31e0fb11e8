import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, NewPasswordFields } from "~/components/form";
import { Button } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { isResetTokenUsable, resetPassword, endSession } from "~/modules/auth/index.server";
import { resetPasswordSchema } from "~/modules/auth";
import { useT } from "~/modules/i18n";
import { submitForm } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("reset.title");

export async function loader({ params }: LoaderFunctionArgs) {
  return { usable: await isResetTokenUsable(params.token ?? "") };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  return submitForm(request, resetPasswordSchema, async ({ password }) => {
    await resetPassword(params.token ?? "", password, context.werkplaats?.id ?? null);
    // Every session of the account ended, including this browser's, if it had one.
    const cookie = await endSession(null);
    return redirect("/login?reset=1", { headers: { "Set-Cookie": cookie } });
  });
}

export default function ResetPassword() {
  const t = useT();
  const { usable } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 text-3xl font-bold">{t("reset.title")}</h1>
      {usable ? (
        <div className="card">
          <ErrorSummary reply={reply} labels={{ password: t("reset.password"), confirm: t("reset.confirm") }} />
          <Form method="post" className="space-y-5" noValidate>
            <NewPasswordFields label={t("reset.password")} reply={reply} />
            <Button type="submit" disabled={busy}>
              {t("reset.submit")}
            </Button>
          </Form>
        </div>
      ) : (
        <div className="space-y-4">
          <Notice tone="warning">{t("reset.invalid")}</Notice>
          <Link to="/forgot-password" className="btn-primary">
            {t("reset.requestNew")}
          </Link>
        </div>
      )}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
