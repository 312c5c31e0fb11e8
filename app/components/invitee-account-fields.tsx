import { CheckboxField, TextField } from "~/components/form";
import { useT } from "~/modules/i18n/use-t";
import type { FormReply } from "~/utils/forms";

/**
 * What accepting an invitation shows (a role invitation or a company team invitation): who it is
 * for, and for someone without an account yet, a new password and the terms.
 */
export function InviteeAccountFields({
  invitee,
  reply,
}: {
  invitee: { name: string; email: string; hasAccount: boolean };
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
      {invitee.hasAccount ? null : (
        <>
          <TextField name="password" type="password" label={t("signup.password")} hint={t("signup.passwordHint")} autoComplete="new-password" required reply={reply} />
          <TextField name="confirm" type="password" label={t("reset.confirm")} autoComplete="new-password" required reply={reply} />
          <CheckboxField name="terms" label={t("signup.terms")} reply={reply} />
        </>
      )}
    </>
  );
}
