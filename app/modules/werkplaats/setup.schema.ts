import { z } from "zod";
import { btwId, iban, kvkNumber, postalCode } from "~/modules/companies";
import { checkbox, email, requiredText } from "~/utils/fields";
import { passwordProblem } from "~/modules/auth";
import { isTimeZone, TIME_ZONE } from "~/utils/zoned-time";

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
    // Dates and times are entered and shown in this zone; the form offers none yet, so it is Amsterdam.
    timezone: z.string().default(TIME_ZONE).refine(isTimeZone, { error: "setup.timeZone" }),
    managerName: requiredText(120),
    managerEmail: email(),
    password: z.string({ error: "errors.required" }),
    terms: checkbox().refine((v) => v, { error: "signup.termsRequired" }),
  })
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v.password, v.managerEmail);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });
