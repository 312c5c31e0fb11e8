import type { IsoDate } from "~/utils/calendar";
import type { InvoiceKind, RevenueKind } from "../terms";

/**
 * One issued invoice or credit-note line as the export reads it: the amounts exactly as issued
 * (never recomputed). Credit notes store positive amounts; `sign` turns them negative here, in
 * the period the credit note was issued.
 */
export type IssuedLine = {
  invoiceId: string;
  kind: InvoiceKind;
  number: string;
  issueDate: IsoDate;
  partyName: string;
  description: string;
  revenueKind: RevenueKind;
  btwCategory: string;
  btwPercent: number;
  netCents: number;
  btwCents: number;
};

export const sign = (line: Pick<IssuedLine, "kind">) => (line.kind === "credit_note" ? -1 : 1);
