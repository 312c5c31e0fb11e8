/** The accountant's export (server side): the period's UBL files, sales journal and BTW summary. */
export { exportOverview, exportPeriod, journalExport, summaryExport, ublZip } from "./export.server";
export { ledgerCodesOf, saveLedgerCodes } from "./codes.server";
export * from "./index";
