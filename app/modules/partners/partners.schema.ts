import { z } from "zod";
import { isIsoDate } from "~/utils/calendar";
import { checkbox, email, euros, id, localDate, manyOf, optionalText, requiredText, wholeNumber } from "~/utils/fields";
import { drillFigures } from "./figures/economics-rules";
import { activityKinds, impactDrills, impactSizes, impactThemes, studentLevels } from "./figures/impact-filter";
import { publishableFigures } from "./figures/impact-rules";
import {
  agreementForms,
  budgetKinds,
  costKinds,
  inKindKinds,
  instalmentSchedules,
  partnerKinds,
  subsidySources,
  supportRoles,
} from "./terms";

/** The forms of the partner pages, one schema each; messages are i18n keys. */

const website = () =>
  z
    .string()
    .max(300, { error: "errors.tooLong" })
    .regex(/^https?:\/\/[^\s]+$/, { error: "partners.errors.website" })
    .optional();

/** Where the partner's sponsor invoices go: its billing party's address and KvK number. */
const invoiceAddress = {
  street: requiredText(120),
  postalCode: requiredText(10),
  city: requiredText(80),
  kvkNumber: z
    .string()
    .regex(/^[0-9]{8}$/, { error: "partners.errors.kvk" })
    .optional(),
};

export const partnerSchema = z.object({
  intent: z.literal("partner"),
  name: requiredText(120),
  kind: z.enum(partnerKinds, { error: "errors.invalid" }),
  website: website(),
  email: email().optional(),
  ...invoiceAddress,
  published: checkbox(),
});
export type PartnerInput = z.infer<typeof partnerSchema>;

/** What the manager may change of a partner later: all of it, the invoice address included. */
export const partnerEditSchema = z.object({
  intent: z.literal("edit"),
  name: requiredText(120),
  kind: z.enum(partnerKinds, { error: "errors.invalid" }),
  website: website(),
  email: email().optional(),
  ...invoiceAddress,
  published: checkbox(),
});
export type PartnerEditInput = z.infer<typeof partnerEditSchema>;

/** Dates typed one per line or separated by commas: "2027-01-15, 2027-07-15". */
const dateList = () =>
  z
    .string()
    .max(1000, { error: "errors.tooLong" })
    .optional()
    .transform((v, ctx) => {
      const dates = (v ?? "").split(/[\s,;]+/).filter(Boolean);
      if (dates.length > 60 || dates.some((d) => !isIsoDate(d))) {
        ctx.addIssue({ code: "custom", message: "partners.errors.customDates" });
        return z.NEVER;
      }
      return dates;
    });

export const agreementSchema = z
  .object({
    intent: z.literal("agreement"),
    title: requiredText(160),
    startsOn: localDate(),
    endsOn: localDate(),
    yearly: euros(1_000_000_00).refine((c) => c > 0, { error: "errors.money" }),
    form: z.enum(agreementForms, { error: "errors.invalid" }),
    schedule: z.enum(instalmentSchedules, { error: "errors.invalid" }),
    customDates: dateList(),
    returns: optionalText(1000),
  })
  .refine((v) => v.endsOn >= v.startsOn, { error: "partners.errors.period", path: ["endsOn"] })
  .refine((v) => v.schedule !== "custom" || v.customDates.length > 0, { error: "partners.errors.customDates", path: ["customDates"] })
  .refine((v) => v.customDates.every((d) => d >= v.startsOn && d <= v.endsOn), {
    error: "partners.errors.customDatesOutside",
    path: ["customDates"],
  });
export type AgreementInput = z.infer<typeof agreementSchema>;

export const contactSchema = z.object({ intent: z.literal("contact"), name: requiredText(120), email: email() });

const logoSchema = z.object({ intent: z.literal("removeLogo") });

/** An activity an agreement supports, and what the partner gets there. */
const activityLinkSchema = z.object({
  intent: z.literal("linkActivity"),
  agreementId: id(),
  eventId: id(),
  role: z.enum(supportRoles, { error: "errors.invalid" }),
});
export type ActivityLinkInput = z.infer<typeof activityLinkSchema>;

const activityUnlinkSchema = z.object({ intent: z.literal("unlinkActivity"), agreementId: id(), eventId: id() });
export type ActivityUnlinkInput = z.infer<typeof activityUnlinkSchema>;

export const partnerFormSchema = z.discriminatedUnion("intent", [
  partnerEditSchema,
  agreementSchema,
  contactSchema,
  logoSchema,
  activityLinkSchema,
  activityUnlinkSchema,
]);

/** Hours as "12" or "7,5": up to two decimals. */
const hours = () =>
  z
    .string()
    .regex(/^[0-9]{1,4}([.,][0-9]{1,2})?$/, { error: "partners.errors.hours" })
    .transform((v) => v.replace(",", "."))
    .optional();

export const inKindSchema = z
  .object({
    intent: z.literal("inKind"),
    partnerId: id(),
    kind: z.enum(inKindKinds, { error: "errors.invalid" }),
    description: requiredText(200),
    givenOn: localDate(),
    hours: hours(),
    value: euros(1_000_000_00),
  })
  .refine((v) => (v.kind === "hours") === !!v.hours, { error: "partners.errors.hoursFor", path: ["hours"] });
export type InKindInput = z.infer<typeof inKindSchema>;

/** Reporting deadlines, one per line: "2027-06-30 Tussenrapportage". */
const deadlines = () =>
  z
    .string()
    .max(2000, { error: "errors.tooLong" })
    .optional()
    .transform((v, ctx) => {
      const lines = (v ?? "")
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean);
      const parsed = lines.map((l) => /^(\d{4}-\d{2}-\d{2})\s+(.{1,200})$/.exec(l));
      if (lines.length > 24 || parsed.some((m) => !m || !isIsoDate(m[1]))) {
        ctx.addIssue({ code: "custom", message: "partners.errors.deadlines" });
        return z.NEVER;
      }
      return parsed.map((m) => ({ dueOn: m![1]!, what: m![2]!.trim() }));
    });

export const subsidySchema = z
  .object({
    intent: z.literal("subsidy"),
    source: z.enum(subsidySources, { error: "errors.invalid" }),
    name: requiredText(160),
    amount: euros(10_000_000_00).refine((c) => c > 0, { error: "errors.money" }),
    startsOn: localDate(),
    endsOn: localDate(),
    conditions: optionalText(2000),
    deadlines: deadlines(),
  })
  .refine((v) => v.endsOn >= v.startsOn, { error: "partners.errors.period", path: ["endsOn"] });
export type SubsidyInput = z.infer<typeof subsidySchema>;

export const costSchema = z.object({
  intent: z.literal("cost"),
  month: z.string({ error: "errors.required" }).regex(/^20[0-9]{2}-(0[1-9]|1[0-2])$/, { error: "partners.errors.month" }),
  kind: z.enum(costKinds, { error: "errors.invalid" }),
  amount: euros(1_000_000_00),
  note: optionalText(200),
});
export type CostInput = z.infer<typeof costSchema>;

export const budgetSchema = z.object({
  intent: z.literal("budget"),
  year: wholeNumber(2000, 2100),
  kind: z.enum(budgetKinds, { error: "errors.invalid" }),
  amount: euros(10_000_000_00),
});
export type BudgetInput = z.infer<typeof budgetSchema>;

/** The forms of the financing page. (The value of an expert hour is the workshop's, set on the expert pool page.) */
export const costsFormSchema = z.discriminatedUnion("intent", [inKindSchema, subsidySchema, costSchema, budgetSchema]);

/** Which impact figures the public page shows. */
export const publishSchema = z.object({ intent: z.literal("publish"), figures: manyOf(publishableFigures) });

/** Which stretch of time the economics page shows: a month, a quarter or a year. */
export const periodQuerySchema = z.object({
  span: z.enum(["month", "quarter", "year"]).catch("year"),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  part: z.coerce.number().int().min(1).max(12).optional().catch(undefined),
  /** Which figure's rows to show under the figures. */
  drill: z.enum(drillFigures).optional().catch(undefined),
  /** The Impactmonitor's trend points: months, or the quarters of a year. */
  trend: z.enum(["month", "quarter"]).catch("month"),
});

/**
 * The Impactmonitor's query: the period, a theme, target group and activity kind that narrow
 * every figure (each left out or unknown means all, so a shared link never fails), and which
 * number's rows to show (a level narrows the students' rows to the by-level breakdown's number).
 */
export const impactQuerySchema = periodQuerySchema.extend({
  drill: z.enum(impactDrills).optional().catch(undefined),
  theme: z.enum(impactThemes).optional().catch(undefined),
  size: z.enum(impactSizes).optional().catch(undefined),
  kind: z.enum(activityKinds).optional().catch(undefined),
  level: z.enum(studentLevels).optional().catch(undefined),
});
