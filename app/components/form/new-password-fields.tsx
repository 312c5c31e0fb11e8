import { useT } from "~/modules/i18n";
import type { FormReply } from "~/utils/forms";
import { TextField } from "./fields";

/**
 * A new password twice (resetting it, claiming an unverified account, accepting an invitation):
 * the hint says what the strength check wants, and the browser's password manager may fill both.
 */
export function NewPasswordFields({ label, reply }: { label: string; reply: FormReply | undefined | null }) {
  const t = useT();
  return (
    <>
      <TextField
        name="password"
        type="password"
        label={label}
        hint={t("signup.passwordHint")}
        autoComplete="new-password"
        required
        reply={reply}
      />
      <TextField name="confirm" type="password" label={t("reset.confirm")} autoComplete="new-password" required reply={reply} />
    </>
  );
}
