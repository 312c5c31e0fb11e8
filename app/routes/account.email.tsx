import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useNavigation, useRouteLoaderData } from "@remix-run/react";
import { ErrorSummary, SuccessNotice, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { requestEmailChange, requireUser } from "~/modules/auth/index.server";
import { changeEmailSchema } from "~/modules/auth";
import { useT } from "~/modules/i18n";
import { requireWithinLimit } from "~/modules/rate-limits/index.server";
import { submitForm, successReply } from "~/utils/forms.server";
import type { loader as rootLoader } from "~/root";
import { passRetryAfter } from "~/utils/retry-after.server";

export function loader(args: LoaderFunctionArgs) {
  requireUser(args);
  return null;
}

// A 429 (rate-limited) page keeps its Retry-After.
export const headers = passRetryAfter;

export async function action(args: ActionFunctionArgs) {
  const user = requireUser(args);
  return submitForm(args.request, changeEmailSchema, async ({ email }) => {
    await requireWithinLimit("emailChange", args.context, email);
    await requestEmailChange(user.id, email, args.context.werkplaats?.id ?? null);
    return successReply({ key: "account.emailSent", vars: { email } });
  });
}

export default function ChangeEmail() {
  const t = useT();
  const root = useRouteLoaderData<typeof rootLoader>("root");
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <section className="card" aria-labelledby="email-title">
      <h2 id="email-title" className="text-xl font-bold">
        {t("account.email")}
      </h2>
      <p className="mt-1 mb-5 text-slate-700">{t("account.emailIntro", { email: root?.user?.email ?? "" })}</p>
      <SuccessNotice reply={reply} />
      <ErrorSummary reply={reply} labels={{ email: t("account.newEmail") }} />
      <Form method="post" className="space-y-5" noValidate>
        <TextField name="email" type="email" label={t("account.newEmail")} autoComplete="email" required reply={reply} />
        <Button type="submit" disabled={busy}>
          {t("account.saveEmail")}
        </Button>
      </Form>
    </section>
  );
}
