import { z } from "zod";
import { localDate } from "~/utils/fields";
import { accountPurposes, btwCodeTreatments } from "./codes";
import { PERIOD_CHOICE } from "./period";

/**
 * The period of the export page and its downloads: a month, quarter or year from the menu, or
 * "range" with the manager's own from and to (at most five years, so one request cannot ask for
 * the whole history at once).
 */
export const exportPeriodSchema = z
  .object({
    period: z.string().regex(PERIOD_CHOICE, { error: "errors.badQuery" }).or(z.literal("range")).optional(),
    from: localDate().optional(),
    to: localDate().optional(),
  })
  .refine((v) => v.period !== "range" || (!!v.from && !!v.to && v.to >= v.from), { error: "billing.export.errors.range", path: ["to"] })
  .refine((v) => v.period !== "range" || !v.from || !v.to || Number(v.to.slice(0, 4)) - Number(v.from.slice(0, 4)) <= 5, {
    error: "billing.export.errors.rangeTooLong",
    path: ["to"],
  });
export type ExportPeriodInput = z.infer<typeof exportPeriodSchema>;

const code = () => z.string({ error: "errors.required" }).regex(/^[0-9A-Za-z_.-]{1,20}$/, { error: "billing.export.codes.invalid" });

/** The ledger-account form: one account per purpose and one BTW code per treatment, all required. */
export const ledgerCodesSchema = z.object({
  ...Object.fromEntries(accountPurposes.map((p) => [`account_${p}`, code()])),
  ...Object.fromEntries(btwCodeTreatments.map((t) => [`btw_${t}`, code()])),
} as Record<`account_${(typeof accountPurposes)[number]}` | `btw_${(typeof btwCodeTreatments)[number]}`, ReturnType<typeof code>>);
export type LedgerCodesInput = z.infer<typeof ledgerCodesSchema>;
