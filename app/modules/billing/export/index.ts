/** The accountant's export (client-safe): periods, ledger codes and the pure journal and summary rules. */
export { defaultPeriod, periodChoices, periodOf, quarterOf, type ExportPeriod } from "./period";
export { accountPurposes, btwCodeTreatments, defaultLedgerCodes, treatmentOf, type AccountPurpose, type LedgerCodes } from "./codes";
export { btwSummary, summaryRowOf, summaryRows, type BtwSummary, type SummaryRow } from "./summary";
export { journalBookings, type Booking } from "./journal";
export type { IssuedLine } from "./lines";
export { exportPeriodSchema, ledgerCodesSchema, type ExportPeriodInput, type LedgerCodesInput } from "./export.schema";
