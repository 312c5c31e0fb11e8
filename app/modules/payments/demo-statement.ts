import { create } from "xmlbuilder2";
import type { IsoDate } from "~/utils/calendar";
import { centsToDecimal } from "~/utils/money";
import type { OpenInvoice } from "./matching";

/**
 * A CAMT.053 statement (camt.053.001.02, as ING and Rabobank export it) that pays most of the
 * given open invoices, for the demo: importing it shows invoices turning paid and a short
 * review list. Every fifth invoice stays unpaid (the demo's overdue ones); the others are paid
 * in full in turn by payment reference, by invoice number in the description, and by amount
 * from the party's own name and account, so each way of matching is seen. A bank fee ends the
 * day, the one line left for review. Same invoices in, same file out.
 */
export type DemoStatementOptions = {
  bookingDate: IsoDate;
  /** The werkplaats's account the statement is for. */
  accountIban: string;
  openingBalanceCents?: number;
};

export function demoStatement(openInvoices: readonly OpenInvoice[], options: DemoStatementOptions): string {
  const paid = openInvoices.filter((invoice, index) => index % 5 !== 4 && invoice.openCents > 0);
  const feeCents = 1250;
  const opening = options.openingBalanceCents ?? 0;
  const closing = opening + paid.reduce((sum, i) => sum + i.openCents, 0) - feeCents;
  const compactDate = options.bookingDate.replace(/-/g, "");

  const stmt = create({ version: "1.0", encoding: "UTF-8" })
    .ele("urn:iso:std:iso:20022:tech:xsd:camt.053.001.02", "Document")
    .ele("BkToCstmrStmt");
  const header = stmt.ele("GrpHdr");
  header.ele("MsgId").txt(`DEMO-${compactDate}`);
  header.ele("CreDtTm").txt(`${options.bookingDate}T23:00:00`);
  const s = stmt.ele("Stmt");
  s.ele("Id").txt(`DEMO-${options.accountIban}-${compactDate}`);
  s.ele("CreDtTm").txt(`${options.bookingDate}T23:00:00`);
  s.ele("Acct").ele("Id").ele("IBAN").txt(options.accountIban);
  for (const [code, cents] of [
    ["OPBD", opening],
    ["CLBD", closing],
  ] as const) {
    const bal = s.ele("Bal");
    bal.ele("Tp").ele("CdOrPrtry").ele("Cd").txt(code);
    bal.ele("Amt", { Ccy: "EUR" }).txt(centsToDecimal(Math.abs(cents)));
    bal.ele("CdtDbtInd").txt(cents < 0 ? "DBIT" : "CRDT");
    bal.ele("Dt").ele("Dt").txt(options.bookingDate);
  }

  const entry = (cents: number, direction: "CRDT" | "DBIT", reference: string) => {
    const ntry = s.ele("Ntry");
    ntry.ele("Amt", { Ccy: "EUR" }).txt(centsToDecimal(cents));
    ntry.ele("CdtDbtInd").txt(direction);
    ntry.ele("Sts").txt("BOOK");
    ntry.ele("BookgDt").ele("Dt").txt(options.bookingDate);
    ntry.ele("ValDt").ele("Dt").txt(options.bookingDate);
    ntry.ele("AcctSvcrRef").txt(reference);
    const family = ntry.ele("BkTxCd").ele("Domn").ele("Cd").txt("PMNT").up().ele("Fmly");
    family.ele("Cd").txt(direction === "CRDT" ? "RCDT" : "ICDT");
    family.ele("SubFmlyCd").txt("ESCT");
    return ntry.ele("NtryDtls").ele("TxDtls");
  };

  paid.forEach((invoice, index) => {
    const tx = entry(invoice.openCents, "CRDT", `DEMO${compactDate}${String(index + 1).padStart(5, "0")}`);
    const parties = tx.ele("RltdPties");
    parties.ele("Dbtr").ele("Nm").txt(invoice.party.name);
    const iban = invoice.party.ibans[0];
    if (iban) parties.ele("DbtrAcct").ele("Id").ele("IBAN").txt(iban);
    const remittance = tx.ele("RmtInf");
    // Paying by amount alone only works when no other open invoice of the party has that amount.
    const amountIsUnique = !openInvoices.some(
      (o) => o !== invoice && o.openCents === invoice.openCents && o.party.name === invoice.party.name,
    );
    if (index % 3 === 0) remittance.ele("Strd").ele("CdtrRefInf").ele("Ref").txt(invoice.paymentReference);
    else if (index % 3 === 1 || !amountIsUnique) remittance.ele("Ustrd").txt(`Factuur ${invoice.number}`);
    else remittance.ele("Ustrd").txt("Abonnement werkplek");
  });
  const fee = entry(feeCents, "DBIT", `DEMO${compactDate}FEE`);
  fee.ele("RltdPties").ele("Cdtr").ele("Nm").txt("Bank");
  fee.ele("RmtInf").ele("Ustrd").txt("Kosten zakelijk betalingsverkeer");

  return stmt.end({ prettyPrint: true });
}
