import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { InviteeAccountFields } from "~/components/invitee-account-fields";
import { ErrorSummary } from "~/components/form";
import { Button, LinkButton } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { acceptInviteSchema } from "~/modules/auth/auth.schema";
import { startSession } from "~/modules/auth/session.server";
import { confirmSchema } from "~/modules/companies/companies.schema";
import { acceptCompanyInvitation, findCompanyInvitation } from "~/modules/companies/team.server";
import { useT } from "~/modules/i18n/use-t";
import { submitForm } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("company.joinTitle");

/** The link from a company invitation: join the team, creating an account if the email has none. */
export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const invitation = await findCompanyInvitation(params.token ?? "");
  const here = new URL(request.url).pathname;
  if (!invitation) return { invitation: null, here, loggedIn: Boolean(context.user), emailMatches: false };
  return {
    invitation: { name: invitation.name, email: invitation.email, company: invitation.companyName, inviter: invitation.inviterName ?? "", hasAccount: invitation.hasAccount },
    here,
    loggedIn: Boolean(context.user),
    emailMatches: context.user?.email === invitation.email,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const invitation = await findCompanyInvitation(token);
  const schema = invitation?.hasAccount ? confirmSchema : acceptInviteSchema;
  return submitForm(request, schema, async (input) => {
    const password = "password" in input ? (input.password as string) : undefined;
    const { user } = await acceptCompanyInvitation(token, { password, locale: context.locale, currentUserId: context.user?.id ?? null });
    const cookie = context.user?.id === user.id ? undefined : await startSession(user.id, context.sessionId);
    return redirect("/company", cookie ? { headers: { "Set-Cookie": cookie } } : undefined);
  });
}

export default function JoinCompany() {
  const t = useT();
  const { invitation, here, loggedIn, emailMatches } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  if (!invitation) {
    return (
      <div className="mx-auto max-w-md">
        <Notice tone="warning">{t("company.errors.inviteInvalid")}</Notice>
      </div>
    );
  }
  const needsLogin = invitation.hasAccount && !emailMatches;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{t("company.joinTitle")}</h1>
      <p className="mt-2 mb-6 text-slate-700">{t("company.joinIntro", { inviter: invitation.inviter, company: invitation.company })}</p>
      <div className="card">
        {needsLogin ? (
          <div className="space-y-4">
            <p>{loggedIn ? t("company.joinWrongAccount", { email: invitation.email }) : t("company.joinLogin", { email: invitation.email })}</p>
            <LinkButton to={`/login?redirectTo=${encodeURIComponent(here)}`}>{t("nav.login")}</LinkButton>
          </div>
        ) : (
          <>
            <ErrorSummary reply={reply} labels={{ password: t("signup.password"), confirm: t("reset.confirm") }} />
            <Form method="post" className="space-y-5" noValidate>
              <InviteeAccountFields invitee={invitation} reply={reply} />
              <Button type="submit" disabled={busy}>
                {t("company.joinSubmit", { company: invitation.company })}
              </Button>
            </Form>
          </>
        )}
      </div>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
