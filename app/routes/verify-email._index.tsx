import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { SuccessNotice } from "~/components/form";
import { Button, LinkButton } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { resendVerificationLink, requireUser, safeRedirect } from "~/modules/auth/index.server";
import { useT } from "~/modules/i18n";
import { submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";
import { z } from "zod";

export const meta = pageTitle("verify.title");

/** Where an unverified account lands when it tries to gain something: why, and the link again. */
export function loader(args: LoaderFunctionArgs) {
  const user = requireUser(args);
  const back = safeRedirect(new URL(args.request.url).searchParams.get("redirectTo"));
  return { verified: user.emailVerified, email: user.email, back };
}

export async function action(args: ActionFunctionArgs) {
  const user = requireUser(args);
  return submitForm(args.request, z.object({}), async () => {
    await resendVerificationLink(user.id, args.context.werkplaats);
    return successReply({ key: "verify.resent", vars: { email: user.email } });
  });
}

export default function VerifyEmailNeeded() {
  const t = useT();
  const { verified, email, back } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 text-3xl font-bold">{t("verify.title")}</h1>
      {verified ? (
        <div className="space-y-4">
          <Notice tone="success">{t("verify.alreadyDone", { email })}</Notice>
          <LinkButton to={back}>{t("verify.continue")}</LinkButton>
        </div>
      ) : (
        <div className="card space-y-4">
          <SuccessNotice reply={reply} />
          <p>{t("verify.needed", { email })}</p>
          <p className="text-slate-700">{t("verify.why")}</p>
          <Form method="post">
            <Button type="submit" disabled={busy}>
              {t("verify.resend")}
            </Button>
          </Form>
        </div>
      )}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
