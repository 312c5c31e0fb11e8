import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { InviteeAccountFields } from "~/components/invitee-account-fields";
import { ErrorSummary } from "~/components/form";
import { Button } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { acceptInvitation, findOpenInvitation } from "~/modules/auth/access.server";
import { acceptInviteSchema } from "~/modules/auth/auth.schema";
import { startSession } from "~/modules/auth/session.server";
import { useT } from "~/modules/i18n/use-t";
import { submitForm } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("invite.submit");

export async function loader({ params, context }: LoaderFunctionArgs) {
  const invitation = await findOpenInvitation(params.token ?? "");
  if (!invitation) return { invitation: null, werkplaatsName: context.werkplaats?.name ?? "" };
  return {
    invitation: {
      name: invitation.name,
      email: invitation.email,
      role: invitation.role,
      inviterName: invitation.inviterName ?? "",
      hasAccount: invitation.hasAccount,
    },
    werkplaatsName: context.werkplaats?.name ?? "",
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const invitation = await findOpenInvitation(token);
  // An existing account only confirms; a new one chooses a password and accepts the terms.
  const schema = invitation?.hasAccount ? z.object({}) : acceptInviteSchema;
  return submitForm(request, schema, async (input) => {
    const password = "password" in input ? (input.password as string) : undefined;
    const user = await acceptInvitation(token, { password, locale: context.locale, currentUserId: context.user?.id ?? null });
    const cookie = context.user?.id === user.id ? undefined : await startSession(user.id, context.sessionId);
    return redirect("/", cookie ? { headers: { "Set-Cookie": cookie } } : undefined);
  });
}

export default function AcceptInvite() {
  const t = useT();
  const { invitation, werkplaatsName } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  if (!invitation) {
    return (
      <div className="mx-auto max-w-md">
        <Notice tone="warning">{t("invite.invalid")}</Notice>
      </div>
    );
  }
  const vars = { inviter: invitation.inviterName, role: t(`role.${invitation.role}`).toLowerCase(), werkplaats: werkplaatsName };
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{t("invite.title", { werkplaats: werkplaatsName })}</h1>
      <p className="mt-2 mb-6 text-slate-700">{t(invitation.hasAccount ? "invite.introExisting" : "invite.intro", vars)}</p>
      <div className="card">
        <ErrorSummary reply={reply} labels={{ password: t("reset.password"), confirm: t("reset.confirm") }} />
        <Form method="post" className="space-y-5" noValidate>
          <InviteeAccountFields invitee={invitation} reply={reply} />
          <Button type="submit" disabled={busy}>
            {t("invite.submit")}
          </Button>
        </Form>
      </div>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
