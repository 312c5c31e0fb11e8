import { z } from "zod";
import { id } from "~/utils/fields";

/** The statement upload: one file; its size and content are the module's to judge. */
export const statementUploadSchema = z.object({
  statement: z.instanceof(File, { error: "payments.import.noFile" }).refine((f) => f.size > 0, { error: "payments.import.noFile" }),
});

/** What the manager decides about a line in the review list. */
export const reviewDecisionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("assign"), lineId: id(), invoiceId: id() }),
  z.object({ intent: z.literal("ignore"), lineId: id() }),
]);
