import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { InvitationPage } from "~/components/invitee-account-fields";
import { acceptInviteSchema } from "~/modules/auth";
import { needsPassword } from "~/modules/invitations";
import { startSession } from "~/modules/auth/index.server";
import { confirmSchema } from "~/modules/companies";
import { acceptCompanyInvitation, findCompanyInvitation } from "~/modules/invitations/index.server";
import { useT } from "~/modules/i18n";
import { submitForm } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("company.joinTitle");

/** The link from a company invitation: join the team, creating an account if the email has none. */
export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const invitation = await findCompanyInvitation(params.token ?? "", context.user?.id ?? null);
  const here = new URL(request.url).pathname;
  if (!invitation) return { invitation: null, here, loggedIn: Boolean(context.user) };
  return {
    invitation: {
      name: invitation.name,
      email: invitation.email,
      company: invitation.companyName,
      inviter: invitation.inviterName ?? "",
      step: invitation.step,
    },
    here,
    loggedIn: Boolean(context.user),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const invitation = await findCompanyInvitation(token, context.user?.id ?? null);
  const schema = needsPassword(invitation?.step) ? acceptInviteSchema : confirmSchema;
  return submitForm(request, schema, async (input) => {
    const password = "password" in input ? (input.password as string) : undefined;
    const { user, startSession: login } = await acceptCompanyInvitation(token, {
      password,
      locale: context.locale,
      currentUserId: context.user?.id ?? null,
    });
    const cookie = login ? await startSession(user.id, context.sessionId) : undefined;
    return redirect("/company", cookie ? { headers: { "Set-Cookie": cookie } } : undefined);
  });
}

export default function JoinCompany() {
  const t = useT();
  const { invitation, here, loggedIn } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  return (
    <InvitationPage
      invitation={invitation}
      invalid={t("company.errors.inviteInvalid")}
      title={t("company.joinTitle")}
      intro={invitation && t("company.joinIntro", { inviter: invitation.inviter, company: invitation.company })}
      submit={invitation ? t("company.joinSubmit", { company: invitation.company }) : ""}
      here={here}
      loggedIn={loggedIn}
      reply={reply}
    />
  );
}

export const ErrorBoundary = ErrorPage;
