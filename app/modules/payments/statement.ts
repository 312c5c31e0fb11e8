import type { IsoDate } from "~/utils/calendar";

/**
 * A bank statement as the ledger reads it, whatever the bank's file format (CAMT.053, MT940):
 * one shape, so importing, matching and the review list never ask where a line came from.
 */
export type BankStatement = {
  format: "camt.053" | "mt940";
  /** Message version as the file declares it, e.g. "camt.053.001.02"; "mt940" for MT940. */
  version: string;
  /** The werkplaats's own account the statement is for. */
  accountIban: string | null;
  /** The bank's id of the statement (CAMT Stmt/Id, MT940 :20:/:28C:). */
  statementId: string;
  /** Signed cents (negative = overdrawn), when the file states them. */
  openingBalanceCents: number | null;
  closingBalanceCents: number | null;
  lines: StatementLine[];
};

export type StatementLine = {
  bookingDate: IsoDate;
  /** Always positive; `direction` says which way the money went. */
  amountCents: number;
  /** credit = money in, debit = money out (a storno of a collected debit is a debit). */
  direction: "credit" | "debit";
  counterparty: { name: string | null; iban: string | null };
  /** Unstructured remittance text, joined to one line. */
  remittance: string;
  /** A structured creditor reference (betalingskenmerk) as given, if any. */
  structuredReference: string | null;
  endToEndId: string | null;
  /** The direct-debit mandate the line belongs to, if any. */
  mandateId: string | null;
  /** The bank's own reference for the entry, to recognise a line imported twice. */
  bankReference: string | null;
  /**
   * A returned or reversed direct debit (storno), with the SEPA reason code (MD06 refund asked
   * by the debtor, AM04 insufficient funds, MS02 refused, …) when the bank gives it.
   */
  storno: { reasonCode: string | null } | null;
};
