import type { ActionFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SuccessNotice } from "~/components/form";
import { Button } from "~/components/ui/button";
import { confirmEmailChange } from "~/modules/auth/index.server";
import { useT } from "~/modules/i18n";
import { z } from "zod";
import { submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("account.email");

// Confirming takes a button press (POST): mail scanners that open links must not change anything.
export async function action({ request, params, context }: ActionFunctionArgs) {
  return submitForm(request, z.object({}), async () => {
    const email = await confirmEmailChange(params.token ?? "", context.werkplaats?.id ?? null);
    return successReply({ key: "account.emailConfirmed", vars: { email } });
  });
}

export default function ConfirmEmail() {
  const t = useT();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 text-3xl font-bold">{t("account.email")}</h1>
      <div className="card">
        <SuccessNotice reply={reply} />
        <ErrorSummary reply={reply} />
        {reply?.status === "success" ? null : (
          <Form method="post" className="space-y-4">
            <p>{t("account.confirmEmailIntro")}</p>
            <Button type="submit" disabled={busy}>
              {t("account.confirmEmailButton")}
            </Button>
          </Form>
        )}
      </div>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
