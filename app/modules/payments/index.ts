/** Getting paid without a payment provider: IBANs, bank statements, matching and direct debit files. */
export { formatIban, isIban, normaliseIban, requireIban } from "./iban";
export type { BankStatement, StatementLine } from "./statement";
export { parseCamt053 } from "./camt053";
export { parseMt940 } from "./mt940";
export { parseStatementFile } from "./statement-file";
export { matchStatementLines, type LineMatch, type MatchedBy, type OpenInvoice } from "./matching";
export { directDebitFile, type Collection, type DirectDebitBatch, type Mandate, type SequenceType } from "./pain008";
export { demoStatement, type DemoStatementOptions } from "./demo-statement";
export { mandatesFormSchema, reviewDecisionSchema, statementUploadSchema } from "./payments.schema";
