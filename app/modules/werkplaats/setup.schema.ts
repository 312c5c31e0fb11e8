import { z } from "zod";
import { checkbox, email, requiredText } from "~/utils/fields";
import { passwordProblem } from "~/modules/auth/password";

/** The first-run form: the werkplaats itself and its first manager. */
export const setupSchema = z
  .object({
    name: requiredText(120),
    slug: z.string({ error: "errors.required" }).regex(/^[a-z0-9-]{2,40}$/, { error: "setup.slugFormat" }),
    street: requiredText(200),
    postalCode: z.string({ error: "errors.required" }).regex(/^[1-9][0-9]{3} ?[A-Za-z]{2}$/, { error: "setup.postalCodeFormat" }),
    city: requiredText(100),
    kvkNumber: z.string({ error: "errors.required" }).regex(/^[0-9]{8}$/, { error: "setup.kvkFormat" }),
    btwId: requiredText(20),
    iban: requiredText(34),
    werkplaatsEmail: email(),
    managerName: requiredText(120),
    managerEmail: email(),
    password: z.string({ error: "errors.required" }),
    terms: checkbox().refine((v) => v, { error: "signup.termsRequired" }),
  })
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v.password, v.managerEmail);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });
