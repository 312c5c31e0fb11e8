import { z } from "zod";
import { isUuid } from "~/utils/ids";
import { euros, requiredText } from "~/utils/fields";
import { isBillingMonth } from "./membership-lines";

/** The billing run's page and forms: one schema for the query, one for the actions (by intent). */

const month = () => z.string({ error: "billing.run.errors.month" }).refine(isBillingMonth, { error: "billing.run.errors.month" });

/** "company:<uuid>" or "person:<uuid>", as the preview names parties. */
const partyKey = () =>
  z
    .string({ error: "errors.invalid" })
    .refine((v) => /^(company|person):/.test(v) && isUuid(v.slice(v.indexOf(":") + 1)), { error: "errors.invalid" });

export const runMonthQuerySchema = z.object({ month: month().optional() });

export const runActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("exclude"), month: month(), partyKey: partyKey() }),
  z.object({ intent: z.literal("include"), month: month(), partyKey: partyKey() }),
  z.object({
    intent: z.literal("oneOff"),
    month: month(),
    partyKey: partyKey(),
    description: requiredText(200),
    amount: euros(100_000_00).refine((cents) => cents > 0, { error: "errors.money" }),
    rate: z.enum(["21", "9", "0"], { error: "errors.invalid" }).transform((r) => Number(r) as 21 | 9 | 0),
  }),
  z.object({ intent: z.literal("removeOneOff"), month: month(), oneOffId: z.string().refine(isUuid, { error: "errors.invalid" }) }),
  z.object({ intent: z.literal("issue"), month: month() }),
]);
export type RunAction = z.infer<typeof runActionSchema>;
