import { z } from "zod";
import { email, id, requiredText } from "~/utils/fields";
import { btwIdProblem, isIban, isKvkNumber, normalizeBtwId, normalizeIban, normalizeKvk } from "./identifiers";

export const kvkNumber = () =>
  z.string({ error: "errors.required" }).transform(normalizeKvk).refine(isKvkNumber, { error: "company.errors.kvk" });

export const btwId = () =>
  z
    .string()
    .transform(normalizeBtwId)
    .superRefine((value, ctx) => {
      const problem = btwIdProblem(value);
      if (problem)
        ctx.addIssue({ code: "custom", message: problem === "checksum" ? "company.errors.btwChecksum" : "company.errors.btwFormat" });
    });

export const iban = () => z.string().transform(normalizeIban).refine(isIban, { error: "company.errors.iban" });

/** Dutch postcodes become "3311 RR"; foreign ones are kept as typed. */
export const postalCode = () =>
  requiredText(12).transform((v) => {
    const nl = /^([1-9][0-9]{3})\s*([a-zA-Z]{2})$/.exec(v);
    return nl ? `${nl[1]} ${nl[2]!.toUpperCase()}` : v;
  });

const companyFields = {
  name: requiredText(120),
  kvkNumber: kvkNumber(),
  btwId: btwId().optional(),
  street: requiredText(120),
  postalCode: postalCode(),
  city: requiredText(80),
  billingEmail: email(),
  iban: iban().optional(),
};

export const companySchema = z.object(companyFields);
export type CompanyInput = z.infer<typeof companySchema>;

/** The forms on the company page, told apart by their `intent` button. */
export const companyFormSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("create"), ...companyFields }),
  z.object({ intent: z.literal("update"), companyId: id(), ...companyFields }),
  z.object({ intent: z.literal("invite"), companyId: id(), name: requiredText(120), email: email() }),
  z.object({ intent: z.literal("revoke-invite"), companyId: id(), invitationId: id() }),
  z.object({ intent: z.literal("remove-member"), companyId: id(), userId: id() }),
  z.object({ intent: z.literal("leave"), companyId: id() }),
]);

/** Accepting an invitation with an existing account: nothing to fill in. */
export const confirmSchema = z.object({});
