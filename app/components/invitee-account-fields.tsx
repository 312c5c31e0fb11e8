import { Form, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { CheckboxField, ErrorSummary, NewPasswordFields } from "~/components/form";
import { Button, LinkButton } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import type { InviteeStep } from "~/modules/invitations";
import { useT } from "~/modules/i18n";
import type { FormReply } from "~/utils/forms";

/**
 * What accepting an invitation shows (a role invitation or a company team invitation): who it is
 * for, and when the step asks for it, a new password and the terms. For an unverified account
 * on the address it says that the old password and sessions will go.
 */
function InviteeAccountFields({
  invitee,
  step,
  reply,
}: {
  invitee: { name: string; email: string };
  step: InviteeStep;
  reply: FormReply | undefined | null;
}) {
  const t = useT();
  return (
    <>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">{t("common.name")}</dt>
        <dd>{invitee.name}</dd>
        <dt className="font-semibold">{t("common.email")}</dt>
        <dd>{invitee.email}</dd>
      </dl>
      {step === "claim" ? <Notice tone="warning">{t("invite.claimNotice", { email: invitee.email })}</Notice> : null}
      {step === "new" || step === "claim" ? (
        <>
          <NewPasswordFields label={t("signup.password")} reply={reply} />
          <CheckboxField name="terms" label={t("signup.terms")} reply={reply} />
        </>
      ) : null}
    </>
  );
}

/**
 * The page behind an invitation link (a role, a company team, a student team): a warning when the
 * link is no good; else the title and intro, and either "log in first" or the step's form.
 */
export function InvitationPage({
  invitation,
  invalid,
  title,
  intro,
  submit,
  here,
  loggedIn,
  reply,
}: {
  invitation: { name: string; email: string; step: InviteeStep } | null;
  invalid: string;
  title: string;
  intro: ReactNode;
  submit: string;
  here: string;
  loggedIn: boolean;
  reply: FormReply | undefined | null;
}) {
  const t = useT();
  const busy = useNavigation().state === "submitting";
  if (!invitation) {
    return (
      <div className="mx-auto max-w-md">
        <Notice tone="warning">{invalid}</Notice>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-2 mb-6 break-words text-slate-700">{intro}</p>
      <div className="card">
        {invitation.step === "login" ? (
          <InviteeLoginFirst email={invitation.email} loggedIn={loggedIn} here={here} />
        ) : (
          <>
            <ErrorSummary reply={reply} labels={{ password: t("signup.password"), confirm: t("reset.confirm") }} />
            <Form method="post" className="space-y-5" noValidate>
              <InviteeAccountFields invitee={invitation} step={invitation.step} reply={reply} />
              <Button type="submit" disabled={busy}>
                {submit}
              </Button>
            </Form>
          </>
        )}
      </div>
    </div>
  );
}

/** An invitation for an address with a verified account: the link alone never logs anyone in. */
function InviteeLoginFirst({ email, loggedIn, here }: { email: string; loggedIn: boolean; here: string }) {
  const t = useT();
  return (
    <div className="space-y-4">
      <p>{t(loggedIn ? "invite.loginOther" : "invite.loginFirst", { email })}</p>
      <LinkButton to={`/login?redirectTo=${encodeURIComponent(here)}`}>{t("nav.login")}</LinkButton>
    </div>
  );
}
