import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, NewPasswordFields, SuccessNotice } from "~/components/form";
import { Button, LinkButton } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { claimAccount, verificationLinkOwner, verifyEmail, endSession, requireUser, safeRedirect } from "~/modules/auth/index.server";
import { resetPasswordSchema } from "~/modules/auth";
import { useT } from "~/modules/i18n";
import { submitForm, successReply } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("verify.title");

/**
 * The link from the verification email. Opening it changes nothing (mail scanners open links):
 * logged in to the account, one button confirms; anyone else chooses a new password, because
 * the one who signed up with this address may not be its owner.
 */
export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const owner = await verificationLinkOwner(params.token ?? "");
  const url = new URL(request.url);
  const here = url.pathname + url.search;
  const back = safeRedirect(url.searchParams.get("redirectTo"));
  return { usable: Boolean(owner), ownerLoggedIn: Boolean(owner && context.user?.id === owner.id), here, back };
}

export async function action(args: ActionFunctionArgs) {
  const token = args.params.token ?? "";
  if (new URL(args.request.url).searchParams.has("claim")) {
    return submitForm(args.request, resetPasswordSchema, async ({ password }) => {
      await claimAccount(token, password, args.context.werkplaats?.id ?? null);
      // Every session of the account ended, including this browser's, if it had one.
      const cookie = await endSession(null);
      return redirect("/login?reset=1", { headers: { "Set-Cookie": cookie } });
    });
  }
  const user = requireUser(args);
  return submitForm(args.request, z.object({}), async () => {
    await verifyEmail(token, user.id);
    return successReply({ key: "verify.done" });
  });
}

export default function VerifyEmail() {
  const t = useT();
  const { usable, ownerLoggedIn, here, back } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  if (reply?.status === "success") {
    return (
      <div className="mx-auto max-w-md space-y-4">
        <h1 className="text-3xl font-bold">{t("verify.title")}</h1>
        <SuccessNotice reply={reply} />
        <LinkButton to={back}>{t("verify.continue")}</LinkButton>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-6 text-3xl font-bold">{t("verify.title")}</h1>
      {!usable ? (
        <div className="space-y-4">
          <Notice tone="warning">{t("verify.invalid")}</Notice>
          <Link to="/verify-email">{t("verify.requestNew")}</Link>
        </div>
      ) : ownerLoggedIn ? (
        <div className="card space-y-4">
          <ErrorSummary reply={reply} />
          <p>{t("verify.confirmIntro")}</p>
          <Form method="post">
            <Button type="submit" disabled={busy}>
              {t("verify.confirm")}
            </Button>
          </Form>
        </div>
      ) : (
        <div className="space-y-6">
          <div className="card space-y-4">
            <p>{t("verify.loginIntro")}</p>
            <LinkButton to={`/login?redirectTo=${encodeURIComponent(here)}`}>{t("nav.login")}</LinkButton>
          </div>
          <div className="card">
            <h2 className="text-xl font-bold">{t("verify.claimTitle")}</h2>
            <p className="mt-1 mb-5 text-slate-700">{t("verify.claimIntro")}</p>
            <ErrorSummary reply={reply} labels={{ password: t("reset.password"), confirm: t("reset.confirm") }} />
            <Form method="post" action="?claim" className="space-y-5" noValidate>
              <NewPasswordFields label={t("reset.password")} reply={reply} />
              <Button type="submit" disabled={busy}>
                {t("verify.claimSubmit")}
              </Button>
            </Form>
          </div>
        </div>
      )}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
