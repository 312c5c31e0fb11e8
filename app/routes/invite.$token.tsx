import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { InvitationPage } from "~/components/invitee-account-fields";
import { acceptInvitation, findOpenInvitation } from "~/modules/invitations/index.server";
import { acceptInviteSchema } from "~/modules/auth";
import { needsPassword } from "~/modules/invitations";
import { startSession } from "~/modules/auth/index.server";
import { useT } from "~/modules/i18n";
import { submitForm } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("invite.submit");

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const invitation = await findOpenInvitation(params.token ?? "", context.user?.id ?? null);
  const here = new URL(request.url).pathname;
  if (!invitation) return { invitation: null, werkplaatsName: context.werkplaats?.name ?? "", here, loggedIn: Boolean(context.user) };
  return {
    invitation: {
      name: invitation.name,
      email: invitation.email,
      role: invitation.role,
      inviterName: invitation.inviterName ?? "",
      step: invitation.step,
    },
    werkplaatsName: context.werkplaats?.name ?? "",
    here,
    loggedIn: Boolean(context.user),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const invitation = await findOpenInvitation(token, context.user?.id ?? null);
  // A new or unverified address chooses a password and accepts the terms; the invited account,
  // logged in, only confirms; anyone else is refused by the module (log in first).
  const schema = needsPassword(invitation?.step) ? acceptInviteSchema : z.object({});
  return submitForm(request, schema, async (input) => {
    const password = "password" in input ? (input.password as string) : undefined;
    const { user, startSession: login } = await acceptInvitation(token, {
      password,
      locale: context.locale,
      currentUserId: context.user?.id ?? null,
    });
    const cookie = login ? await startSession(user.id, context.sessionId) : undefined;
    return redirect("/", cookie ? { headers: { "Set-Cookie": cookie } } : undefined);
  });
}

export default function AcceptInvite() {
  const t = useT();
  const { invitation, werkplaatsName, here, loggedIn } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const vars = invitation && {
    inviter: invitation.inviterName,
    role: t(`role.${invitation.role}`).toLowerCase(),
    werkplaats: werkplaatsName,
  };
  return (
    <InvitationPage
      invitation={invitation}
      invalid={t("invite.invalid")}
      title={t("invite.title", { werkplaats: werkplaatsName })}
      intro={vars && t(needsPassword(invitation.step) ? "invite.intro" : "invite.introExisting", vars)}
      submit={t("invite.submit")}
      here={here}
      loggedIn={loggedIn}
      reply={reply}
    />
  );
}

export const ErrorBoundary = ErrorPage;
