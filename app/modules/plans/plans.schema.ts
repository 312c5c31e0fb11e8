import { z } from "zod";
import { checkbox, euros, id, optionalText, requiredText, wholeNumber } from "~/utils/fields";
import { btwRates, planKinds } from "./plans";

/** Hours with at most one decimal ("4", "1,5"), stored as minutes. */
const hours = () =>
  z
    .string({ error: "errors.required" })
    .regex(/^[0-9]{1,3}([.,][0-9])?$/, { error: "plan.errors.hours" })
    .transform((v) => Math.round(Number(v.replace(",", ".")) * 60))
    .pipe(z.number().max(744 * 60, { error: "plan.errors.hours" }));

export const planSchema = z
  .object({
    nameNl: requiredText(80),
    nameEn: requiredText(80),
    descriptionNl: optionalText(1000),
    descriptionEn: optionalText(1000),
    kind: z.enum(planKinds, { error: "plan.errors.kind" }),
    price: euros(),
    btwRate: z.enum(btwRates.map(String) as [string, ...string[]], { error: "plan.errors.btwRate" }).transform(Number),
    includedRoomHours: hours(),
    accessDaysPerWeek: wholeNumber(1, 7, "plan.errors.accessDays").optional(),
    stripDays: wholeNumber(1, 365).optional(),
    stripValidityMonths: wholeNumber(1, 36).optional(),
    minimumTermMonths: wholeNumber(0, 60),
    noticePeriodMonths: wholeNumber(0, 12),
    deposit: euros().optional(),
    isPublic: checkbox(),
    sortOrder: wholeNumber(0, 999).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "strippenkaart") {
      if (v.stripDays === undefined) ctx.addIssue({ code: "custom", path: ["stripDays"], message: "plan.errors.stripDaysRequired" });
      if (v.stripValidityMonths === undefined)
        ctx.addIssue({ code: "custom", path: ["stripValidityMonths"], message: "plan.errors.stripDaysRequired" });
    }
  })
  .transform((v) => ({
    nameNl: v.nameNl,
    nameEn: v.nameEn,
    descriptionNl: v.descriptionNl ?? "",
    descriptionEn: v.descriptionEn ?? "",
    kind: v.kind,
    priceCents: v.price,
    btwRate: v.btwRate,
    includedRoomMinutes: v.includedRoomHours,
    accessDaysPerWeek: v.accessDaysPerWeek ?? null,
    stripDays: v.kind === "strippenkaart" ? (v.stripDays ?? null) : null,
    stripValidityMonths: v.kind === "strippenkaart" ? (v.stripValidityMonths ?? null) : null,
    minimumTermMonths: v.minimumTermMonths,
    noticePeriodMonths: v.noticePeriodMonths,
    depositCents: v.deposit ?? 0,
    isPublic: v.isPublic,
    sortOrder: v.sortOrder ?? 0,
  }));

export type PlanInput = z.output<typeof planSchema>;

export const planActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("archive"), planId: id() }),
  z.object({ intent: z.literal("restore"), planId: id() }),
]);
