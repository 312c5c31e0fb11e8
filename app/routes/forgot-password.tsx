import type { ActionFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { ErrorSummary, SuccessNotice, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { requestPasswordReset } from "~/modules/auth/index.server";
import { forgotPasswordSchema } from "~/modules/auth";
import { useT } from "~/modules/i18n";
import { requireWithinLimit } from "~/modules/rate-limits/index.server";
import { submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";
import { passRetryAfter } from "~/utils/retry-after.server";

export const meta = pageTitle("forgot.title");

// A 429 (throttled or rate-limited) page keeps its Retry-After.
export const headers = passRetryAfter;

export async function action({ request, context }: ActionFunctionArgs) {
  return submitForm(request, forgotPasswordSchema, async ({ email }) => {
    await requireWithinLimit("passwordReset", context, email);
    await requestPasswordReset(email, context.werkplaats?.id ?? null);
    // The same answer whether or not the account exists.
    return successReply({ key: "forgot.sent" });
  });
}

export default function ForgotPassword() {
  const t = useT();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{t("forgot.title")}</h1>
      <p className="mt-2 mb-6 text-slate-700">{t("forgot.intro")}</p>
      <div className="card">
        <SuccessNotice reply={reply} />
        <ErrorSummary reply={reply} labels={{ email: t("common.email") }} />
        <Form method="post" className="space-y-5" noValidate>
          <TextField name="email" type="email" label={t("common.email")} autoComplete="email" required reply={reply} />
          <Button type="submit" disabled={busy}>
            {busy ? t("common.loading") : t("forgot.submit")}
          </Button>
        </Form>
      </div>
    </div>
  );
}
