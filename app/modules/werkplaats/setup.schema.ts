import { z } from "zod";
import { btwId, iban, kvkNumber, postalCode } from "~/modules/companies/companies.schema";
import { checkbox, email, requiredText } from "~/utils/fields";
import { passwordProblem } from "~/modules/auth/password";

/** The first-run form: the werkplaats itself and its first manager. */
export const setupSchema = z
  .object({
    name: requiredText(120),
    slug: z.string({ error: "errors.required" }).regex(/^[a-z0-9-]{2,40}$/, { error: "setup.slugFormat" }),
    street: requiredText(200),
    postalCode: postalCode(),
    city: requiredText(100),
    // The werkplaats invoices in its own name: KvK, BTW-id and IBAN are checked like a company's.
    kvkNumber: kvkNumber(),
    btwId: requiredText(20).pipe(btwId()),
    iban: requiredText(34).pipe(iban()),
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
