/** What other modules and routes may use of the ledger (server side). */
export { billingSettingsOf, billingSettingsPage, saveBillingLogo, saveBillingSettings } from "./settings.server";
export {
  addBusinessParty,
  partyById,
  partyForCompany,
  partyForPerson,
  updateBusinessDetails,
  updatePartyTerms,
  type BillingParty,
  type BusinessDetails,
} from "./parties.server";
export {
  createDraftInvoice,
  deleteDraft,
  draftForCompany,
  invoiceNumber,
  issueInvoice,
  issueWithin,
  SettingsIncomplete,
  type DraftLine,
  type Invoice,
  type InvoiceLine,
} from "./invoices.server";
export { creditInvoice } from "./credit-notes.server";
export { partyCreditCents, recordPayment, reversePayment, type PaymentInput, type PayInvoice } from "./payments.server";
export { invoiceDocument } from "./document.server";
export { invoiceFile, invoicePage, invoicesOfMember, listInvoices, partiesPaidBy, type Reader } from "./invoice-lists.server";
export { recordMoneyEvent } from "./audit.server";
export { epcQrPayload, invoicePdf, invoiceUbl } from "./documents/index.server";
export * from "./export/index.server";
export * from "./run/index.server";
export * from "./sending/index.server";
export * from "./receivables/index.server";
export * from "./sales/index.server";
export * from "./checkout/index.server";
