import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { ErrorSummary, SuccessNotice, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { changePassword, requireUser, startSession } from "~/modules/auth/index.server";
import { changePasswordSchema } from "~/modules/auth";
import { useT } from "~/modules/i18n";
import type { FormReply } from "~/utils/forms";
import { submitForm } from "~/utils/forms.server";
import { passRetryAfter } from "~/utils/retry-after.server";

export function loader(args: LoaderFunctionArgs) {
  requireUser(args);
  return null;
}

// A 429 (throttled or rate-limited) page keeps its Retry-After.
export const headers = passRetryAfter;

export async function action(args: ActionFunctionArgs) {
  const user = requireUser(args);
  return submitForm(args.request, changePasswordSchema, async ({ currentPassword, password }) => {
    await changePassword(user.id, currentPassword, password, args.context.werkplaats?.id ?? null, args.context.ip);
    // All sessions ended; this browser gets a fresh one so the user stays logged in here.
    const cookie = await startSession(user.id);
    return data<FormReply>({ status: "success", message: { key: "account.passwordSaved" } }, { headers: { "Set-Cookie": cookie } });
  });
}

export default function ChangePassword() {
  const t = useT();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <section className="card" aria-labelledby="password-title">
      <h2 id="password-title" className="text-xl font-bold">
        {t("account.password")}
      </h2>
      <p className="mt-1 mb-5 text-slate-700">{t("account.passwordIntro")}</p>
      <SuccessNotice reply={reply} />
      <ErrorSummary
        reply={reply}
        labels={{
          currentPassword: t("account.currentPassword"),
          password: t("account.newPassword"),
          confirm: t("account.confirmPassword"),
        }}
      />
      <Form method="post" className="space-y-5" noValidate key={reply?.status === "success" ? "done" : "form"}>
        <TextField
          name="currentPassword"
          type="password"
          label={t("account.currentPassword")}
          autoComplete="current-password"
          required
          reply={reply}
        />
        <TextField
          name="password"
          type="password"
          label={t("account.newPassword")}
          hint={t("signup.passwordHint")}
          autoComplete="new-password"
          required
          reply={reply}
        />
        <TextField name="confirm" type="password" label={t("account.confirmPassword")} autoComplete="new-password" required reply={reply} />
        <Button type="submit" disabled={busy}>
          {t("account.savePassword")}
        </Button>
      </Form>
    </section>
  );
}
