/** Getting paid without a payment provider, server side: statement imports, the review list, mandates and direct debit files. */
export { importStatement, MAX_STATEMENT_BYTES, type ImportSummary } from "./statement-import.server";
export { assignLine, ignoreLine, paymentsPage } from "./review.server";
export { demoStatementFile, offersDemoStatement } from "./demo-file.server";
export { addMandate, listMandates, partiesForMandates, revokeMandate, type MandateInput } from "./mandates.server";
export { createDirectDebitBatch, directDebitBatchFile, directDebitPage } from "./direct-debits.server";
export * from "./index";
