import { describe, expect, it } from "vitest";
import { passwordProblem } from "~/modules/auth/password";
import { signupSchema } from "~/modules/auth/auth.schema";

describe("password policy", () => {
  it("accepts a long passphrase", () => {
    expect(passwordProblem("koffie met de buren", "sanne@studio-noord.nl")).toBeNull();
  });

  it("wants at least 10 and at most 128 characters", () => {
    expect(passwordProblem("kort123!")).toBe("password.tooShort");
    expect(passwordProblem("a".repeat(5) + "bcdefghij".repeat(14))).toBe("password.tooLong");
  });

  // Well-known passwords: the server-side blocklist, tests/unit/password-blocklist.test.ts.

  it("refuses repetition and the email address", () => {
    expect(passwordProblem("abababababab")).toBe("password.repeated");
    expect(passwordProblem("sanne-visser-2026", "sanne-visser@example.nl")).toBe("password.containsEmail");
  });

  it("reports problems on the password field of the sign-up form, as dictionary keys", () => {
    const result = signupSchema.safeParse({ name: "Sanne", email: "sanne@example.nl", password: "kort", terms: "on" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["password", "password.tooShort"]]);
  });

  it("needs the terms and a valid email", () => {
    const result = signupSchema.safeParse({ name: "Sanne", email: "geen-email", password: "een lange zin hier" });
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages).toEqual({ email: "errors.email", terms: "signup.termsRequired" });
  });
});
