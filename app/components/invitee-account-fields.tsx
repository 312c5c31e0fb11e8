import { CheckboxField, TextField } from "~/components/form";
import { LinkButton } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import type { InviteeStep } from "~/modules/invitations";
import { useT } from "~/modules/i18n";
import type { FormReply } from "~/utils/forms";

/**
 * What accepting an invitation shows (a role invitation or a company team invitation): who it is
 * for, and when the step asks for it, a new password and the terms. For an unverified account
 * on the address it says that the old password and sessions will go.
 */
export function InviteeAccountFields({
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
          <TextField
            name="password"
            type="password"
            label={t("signup.password")}
            hint={t("signup.passwordHint")}
            autoComplete="new-password"
            required
            reply={reply}
          />
          <TextField name="confirm" type="password" label={t("reset.confirm")} autoComplete="new-password" required reply={reply} />
          <CheckboxField name="terms" label={t("signup.terms")} reply={reply} />
        </>
      ) : null}
    </>
  );
}

/** An invitation for an address with a verified account: the link alone never logs anyone in. */
export function InviteeLoginFirst({ email, loggedIn, here }: { email: string; loggedIn: boolean; here: string }) {
  const t = useT();
  return (
    <div className="space-y-4">
      <p>{t(loggedIn ? "invite.loginOther" : "invite.loginFirst", { email })}</p>
      <LinkButton to={`/login?redirectTo=${encodeURIComponent(here)}`}>{t("nav.login")}</LinkButton>
    </div>
  );
}
