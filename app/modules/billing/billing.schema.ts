import { z } from "zod";
import { btwId, iban, isCreditorId, isKvkNumber, normalizeKvk, postalCode } from "~/modules/companies";
import { email, euros, id, localDate, optionalText, phone, requiredText, wholeNumber } from "~/utils/fields";
import { paymentMethods, revenueKinds, unitCodes } from "./terms";

/**
 * The billing settings form. Every field may stay empty (the checklist says what is missing);
 * what is filled in must be right, so a wrong IBAN or KvK is caught here and not on an invoice.
 */
export const billingSettingsSchema = z.object({
  legalName: optionalText(160),
  tradeName: optionalText(160),
  street: optionalText(120),
  postalCode: postalCode().optional(),
  city: optionalText(80),
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: "errors.invalid" })
    .default("NL"),
  kvkNumber: z.string().transform(normalizeKvk).refine(isKvkNumber, { error: "company.errors.kvk" }).optional(),
  btwId: btwId().optional(),
  iban: iban().optional(),
  bic: z
    .string()
    .transform((v) => v.replace(/\s/g, "").toUpperCase())
    .pipe(z.string().regex(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/, { error: "billing.errors.bic" }))
    .optional(),
  phone: phone(),
  invoicePrefix: z
    .string()
    .transform((v) => v.toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9]{1,10}$/, { error: "billing.errors.prefix" }))
    .optional(),
  paymentTermDays: wholeNumber(0, 120),
  footer: optionalText(500),
  colour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, { error: "billing.errors.colour" })
    .default("#1d4ed8"),
  senderEmail: email().optional(),
  /** Only needed for direct debits (incasso): the id the werkplaats's bank gave it. */
  creditorId: z
    .string()
    .transform((v) => v.replace(/\s/g, "").toUpperCase())
    .refine(isCreditorId, { error: "payments.settings.creditorIdInvalid" })
    .optional(),
});
export type BillingSettingsInput = z.infer<typeof billingSettingsSchema>;

/** A payment recorded by hand: an amount in euros (two decimals at most), how and when it came in. */
const paymentSchema = z.object({
  intent: z.literal("payment"),
  amount: euros(),
  method: z.enum(paymentMethods, { error: "errors.invalid" }),
  receivedOn: localDate(),
  reference: optionalText(140),
  note: optionalText(500),
});

/** A credit note for the whole invoice, or for the lines ticked on the invoice page. */
const creditNoteSchema = z.object({
  intent: z.literal("credit"),
  lineIds: z
    .union([id(), z.array(id())])
    .optional()
    .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v])),
});

export const invoicePageFormSchema = z.discriminatedUnion("intent", [
  paymentSchema,
  creditNoteSchema,
  z.object({ intent: z.literal("issue") }),
]);

/** One line typed by the manager on a new invoice. */
const draftLineSchema = z.object({
  description: requiredText(300),
  quantity: z.string({ error: "errors.required" }).regex(/^\d{1,9}([.,]\d{1,3})?$/, { error: "billing.errors.quantity" }),
  unitCode: z.enum(unitCodes).default("C62"),
  unitPrice: euros(),
  rate: z.enum(["21", "9", "0", "exempt"], { error: "errors.invalid" }),
  exemptionReason: optionalText(200),
  revenueKind: z.enum(revenueKinds).default("one_off"),
});

/** A new invoice from the admin: a company (or a person) and one line; more lines come with the billing run. */
export const newInvoiceSchema = z
  .object({
    companyId: id(),
    periodStart: localDate(),
    periodEnd: localDate(),
  })
  .extend(draftLineSchema.shape)
  .refine((v) => v.periodEnd >= v.periodStart, { error: "billing.errors.period", path: ["periodEnd"] })
  .refine((v) => v.rate !== "exempt" || !!v.exemptionReason, { error: "billing.errors.exemptionReason", path: ["exemptionReason"] });
export type NewInvoiceInput = z.infer<typeof newInvoiceSchema>;

/** Filters of the admin invoice list. */
export const invoiceFilterSchema = z.object({
  status: z.enum(["draft", "issued", "paid", "credited", "open"]).optional().catch(undefined),
  party: id().optional().catch(undefined),
  from: localDate().optional().catch(undefined),
  to: localDate().optional().catch(undefined),
});
export type InvoiceFilter = z.infer<typeof invoiceFilterSchema>;
