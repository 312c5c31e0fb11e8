/** The monthly billing run on the ledger: preview, the manager's choices, issuing. */
export { issueMonth, previewMonth, type RunOutcome } from "./billing-run.server";
export { addOneOff, removeOneOff, runOf, setExcluded, STALE_RUN_MS, type BillingRun } from "./run-record.server";
export { runAction } from "./run-actions.server";
export type { PartyInvoice, PlannedLine } from "./party-invoices";
