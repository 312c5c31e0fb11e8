import { z } from "zod";
import { moneyEventKinds } from "#db/schema/enums";
import { id, wholeNumber } from "~/utils/fields";

/** The receivables list, optionally for one billing party. */
export const receivablesFilterSchema = z.object({
  party: id().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

/** What the manager does on the receivables page: send the next reminder, claim costs, set the schedule. */
export const receivablesFormSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("remind"), invoiceId: id() }),
  z.object({ intent: z.literal("costs"), invoiceId: id() }),
  z
    .object({
      intent: z.literal("schedule"),
      firstAfterDays: wholeNumber(1, 90, "receivables.errors.firstDays"),
      secondAfterDays: wholeNumber(8, 180, "receivables.errors.secondDays"),
    })
    .refine((v) => v.secondAfterDays >= v.firstAfterDays + 7, { error: "receivables.errors.gap", path: ["secondAfterDays"] }),
]);

/** The audit trail, optionally for one invoice (by its number) or one kind of event. */
export const auditFilterSchema = z.object({
  invoice: z.string().trim().max(40).optional().catch(undefined),
  kind: z.enum(moneyEventKinds).optional().catch(undefined),
  before: z.iso.datetime({ offset: true }).optional().catch(undefined),
});
