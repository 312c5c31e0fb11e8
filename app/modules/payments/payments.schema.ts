import { z } from "zod";
import { id, localDate, requiredText } from "~/utils/fields";

/** The statement upload: one file; its size and content are the module's to judge. */
export const statementUploadSchema = z.object({
  statement: z.instanceof(File, { error: "payments.import.noFile" }).refine((f) => f.size > 0, { error: "payments.import.noFile" }),
});

/** What the manager decides about a line in the review list. */
export const reviewDecisionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("assign"), lineId: id(), invoiceId: id() }),
  z.object({ intent: z.literal("ignore"), lineId: id() }),
]);

/** The incasso page: add or revoke a mandate, or make a direct debit file for a collection date. */
export const mandatesFormSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("add"),
    partyId: id(),
    reference: requiredText(35).regex(/^[A-Za-z0-9/?:().,'+ -]+$/, { error: "payments.mandates.badReference" }),
    signedOn: localDate(),
    debtorName: requiredText(70),
    iban: requiredText(42),
    bic: z
      .string()
      .transform((v) => v.replace(/\s/g, "").toUpperCase())
      .pipe(z.string().regex(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/, { error: "billing.errors.bic" }))
      .optional(),
  }),
  z.object({ intent: z.literal("revoke"), mandateId: id() }),
  z.object({ intent: z.literal("batch"), collectionDate: localDate() }),
]);
