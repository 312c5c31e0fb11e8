import { z } from "zod";
import { checkbox, email, optionalText, phone, requiredText } from "~/utils/fields";
import { passwordProblem } from "./password";
import { locales } from "~/modules/i18n";

// Passwords are not trimmed of meaning: the form helper trims, so leading/trailing spaces are
// dropped consistently at sign-up and login.
const password = () => z.string({ error: "errors.required" }).min(1, { error: "errors.required" });

/** A new password: the policy applies, and it must not contain the email. */
function newPassword<T extends z.ZodRawShape>(shape: T, emailKey?: keyof T & string) {
  return z.object(shape).superRefine((value, ctx) => {
    const v = value as Record<string, unknown>;
    const pw = v.password as string | undefined;
    if (typeof pw !== "string") return;
    const problem = passwordProblem(pw, emailKey ? (v[emailKey] as string | undefined) : undefined);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
    if ("confirm" in v && v.confirm !== pw) {
      ctx.addIssue({ code: "custom", path: ["confirm"], message: "password.mismatch" });
    }
  });
}

export const loginSchema = z.object({
  email: email(),
  password: password(),
  redirectTo: z.string().optional(),
});

export const signupSchema = newPassword(
  {
    name: requiredText(120),
    email: email(),
    password: password(),
    terms: checkbox().refine((v) => v, { error: "signup.termsRequired" }),
  },
  "email",
);

export const forgotPasswordSchema = z.object({ email: email() });

export const resetPasswordSchema = newPassword({ password: password(), confirm: z.string().optional() });

export const changePasswordSchema = newPassword({
  currentPassword: password(),
  password: password(),
  confirm: z.string().optional(),
});

export const changeEmailSchema = z.object({ email: email() });

export const profileSchema = z.object({
  name: requiredText(120),
  phone: phone(),
  locale: z.enum(locales, { error: "errors.locale" }),
});

export const localeSchema = z.object({
  locale: z.enum(locales, { error: "errors.locale" }),
  redirectTo: optionalText(500),
});

export const acceptInviteSchema = newPassword({
  password: password(),
  confirm: z.string().optional(),
  terms: checkbox().refine((v) => v, { error: "signup.termsRequired" }),
});
