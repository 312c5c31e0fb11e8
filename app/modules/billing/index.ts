/** What other modules and pages may use of the ledger (client-safe). */
export type { InvoiceDocument, BtwCategory, BtwSubtotal, BtwTreatment, Customer, DocumentLine, Supplier, Address } from "./document";
export { btwBreakdown, btwTreatment, invoiceTotals, isReverseCharge, REVERSE_CHARGE_TEXT, type BtwChoice } from "./btw";
export { checklistItems, missingForIssue, type ChecklistItem } from "./checklist";
export { formatPaymentReference, isPaymentReference } from "./payment-reference";
export * from "./terms";
export { billingSettingsSchema, invoiceFilterSchema, invoicePageFormSchema, newInvoiceSchema } from "./billing.schema";
export * from "./export/index";
export { isBillingMonth, runActionSchema, runMonthQuerySchema, type RunAction } from "./run";
export * from "./receivables";
export * from "./checkout/index";
