import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { InvitationPage } from "~/components/invitee-account-fields";
import { acceptInviteSchema } from "~/modules/auth";
import { startSession } from "~/modules/auth/index.server";
import { confirmSchema } from "~/modules/companies";
import { useT } from "~/modules/i18n";
import { needsPassword } from "~/modules/invitations";
import { acceptTeamInvitation, findTeamInvitation } from "~/modules/invitations/index.server";
import { submitForm } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("workshop.trajectory.joinTitle");

/** The link from a team invitation: take the place on the team, creating an account if the address has none. */
export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const invitation = await findTeamInvitation(params.token ?? "", context.user?.id ?? null);
  const here = new URL(request.url).pathname;
  if (!invitation) return { invitation: null, here, loggedIn: Boolean(context.user) };
  const { name, email, title, inviterName, step } = invitation;
  return { invitation: { name, email, title, inviter: inviterName ?? "", step }, here, loggedIn: Boolean(context.user) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const invitation = await findTeamInvitation(token, context.user?.id ?? null);
  const schema = needsPassword(invitation?.step) ? acceptInviteSchema : confirmSchema;
  return submitForm(request, schema, async (input) => {
    const password = "password" in input ? (input.password as string) : undefined;
    const accepted = await acceptTeamInvitation(token, { password, locale: context.locale, currentUserId: context.user?.id ?? null });
    const cookie = accepted.startSession ? await startSession(accepted.user.id, context.sessionId) : undefined;
    return redirect(`/trajecten/${accepted.trajectoryId}`, cookie ? { headers: { "Set-Cookie": cookie } } : undefined);
  });
}

export default function JoinTeam() {
  const t = useT();
  const { invitation, here, loggedIn } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  return (
    <InvitationPage
      invitation={invitation}
      invalid={t("invite.invalid")}
      title={t("workshop.trajectory.joinTitle")}
      intro={invitation && t("workshop.trajectory.joinIntro", { inviter: invitation.inviter, title: invitation.title })}
      submit={t("workshop.trajectory.joinSubmit")}
      here={here}
      loggedIn={loggedIn}
      reply={reply}
    />
  );
}

export const ErrorBoundary = ErrorPage;
