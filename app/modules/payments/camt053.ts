import { isIsoDate } from "~/utils/calendar";
import { invalid } from "~/utils/errors";
import { normaliseIban } from "./iban";
import { decimalToCents } from "~/utils/money";
import type { BankStatement, StatementLine } from "./statement";
import { at, children, parseXml, textAt } from "./xml";

/**
 * ISO 20022 bank-to-customer statements (CAMT.053), as ING, Rabobank and ABN AMRO export them:
 * camt.053.001.02 and the newer .08 (and versions in between, which differ only where read
 * below: .08 wraps party names in Pty and the entry status in Cd). Only booked entries count.
 * An entry that bundles several transactions (a batch) becomes one line per transaction.
 */

const NAMESPACE = /^urn:iso:std:iso:20022:tech:xsd:(camt\.053\.001\.\d{2})$/;
/** Bank transaction sub-families of a direct debit that came back: unpaid, reversed, recalled. */
const RETURNED_DEBIT = new Set(["UPDD", "PRDD", "RCDD"]);

export function parseCamt053(xml: string): BankStatement[] {
  const root = parseXml(xml, "payments.statement.notCamt053");
  const version = NAMESPACE.exec(root.namespaceURI ?? "")?.[1];
  const body = at(root, "BkToCstmrStmt");
  if (root.localName !== "Document" || !version || !body) throw invalid("payments.statement.notCamt053");
  return children(body, "Stmt").map((stmt) => readStatement(stmt, version));
}

function readStatement(stmt: Element, version: string): BankStatement {
  const accountIban = textAt(stmt, "Acct", "Id", "IBAN");
  const balance = (...codes: string[]) => {
    const bal = children(stmt, "Bal").find((b) => codes.includes(textAt(b, "Tp", "CdOrPrtry", "Cd") ?? ""));
    return bal ? signed(amountOf(bal), textAt(bal, "CdtDbtInd")) : null;
  };
  return {
    format: "camt.053",
    version,
    accountIban: accountIban ? normaliseIban(accountIban) : null,
    statementId: textAt(stmt, "Id") ?? "",
    openingBalanceCents: balance("OPBD", "PRCD"),
    closingBalanceCents: balance("CLBD"),
    lines: children(stmt, "Ntry")
      .filter(isBooked)
      .flatMap((entry) => readEntry(entry, accountIban ? normaliseIban(accountIban) : null)),
  };
}

function isBooked(entry: Element) {
  const status = textAt(entry, "Sts", "Cd") ?? textAt(entry, "Sts");
  return status === "BOOK";
}

function readEntry(entry: Element, ownIban: string | null): StatementLine[] {
  const direction = textAt(entry, "CdtDbtInd") === "DBIT" ? "debit" : "credit";
  const bookingDate = (textAt(entry, "BookgDt", "Dt") ?? textAt(entry, "BookgDt", "DtTm") ?? "").slice(0, 10);
  if (!isIsoDate(bookingDate)) throw invalid("payments.statement.badDate", { date: bookingDate });
  const subFamily = textAt(entry, "BkTxCd", "Domn", "Fmly", "SubFmlyCd");
  const reversed = textAt(entry, "RvslInd") === "true" || (subFamily !== null && RETURNED_DEBIT.has(subFamily));
  const transactions = children(at(entry, "NtryDtls"), "TxDtls");
  const entryCents = amountOf(entry);

  const line = (tx: Element | null, amountCents: number): StatementLine => {
    const returnInfo = at(tx, "RtrInf");
    const storno = reversed || returnInfo !== null ? { reasonCode: textAt(returnInfo, "Rsn", "Cd") } : null;
    const ref = (name: string) => {
      const value = textAt(tx, "Refs", name);
      return value && value !== "NOTPROVIDED" ? value : null;
    };
    return {
      bookingDate,
      amountCents,
      direction,
      counterparty: counterparty(at(tx, "RltdPties"), direction, storno !== null, ownIban),
      remittance: children(at(tx, "RmtInf"), "Ustrd")
        .map((u) => u.textContent?.trim() ?? "")
        .filter(Boolean)
        .join(" "),
      structuredReference: textAt(tx, "RmtInf", "Strd", "CdtrRefInf", "Ref"),
      endToEndId: ref("EndToEndId"),
      mandateId: ref("MndtId"),
      bankReference: textAt(entry, "AcctSvcrRef") ?? ref("AcctSvcrRef"),
      storno,
    };
  };

  const amounts = transactions.map((tx) => at(tx, "AmtDtls", "TxAmt", "Amt") ?? at(tx, "Amt"));
  // A batch is split only when every transaction states its own amount; otherwise it stays one line.
  if (transactions.length <= 1 || amounts.some((a) => a === null)) return [line(transactions[0] ?? null, entryCents)];
  return transactions.map((tx, i) => line(tx, cents(amounts[i]!)));
}

type Party = { name: string | null; iban: string | null };

/** The other side of the payment: the party whose account is not ours, else the one the direction points at. */
function counterparty(parties: Element | null, direction: "credit" | "debit", storno: boolean, ownIban: string | null): Party {
  const party = (role: "Dbtr" | "Cdtr"): Party => {
    const iban = textAt(parties, `${role}Acct`, "Id", "IBAN");
    return { name: textAt(parties, role, "Pty", "Nm") ?? textAt(parties, role, "Nm"), iban: iban ? normaliseIban(iban) : null };
  };
  const debtor = party("Dbtr");
  const creditor = party("Cdtr");
  if (ownIban && creditor.iban === ownIban) return debtor;
  if (ownIban && debtor.iban === ownIban) return creditor;
  // Money in comes from the debtor; a storno of our collection goes back to the debtor too.
  return (direction === "credit") !== storno ? debtor : creditor;
}

function amountOf(parent: Element): number {
  const amount = at(parent, "Amt");
  if (!amount) throw invalid("payments.statement.badAmount", { amount: "" });
  return cents(amount);
}

function cents(amount: Element): number {
  const currency = amount.getAttribute("Ccy");
  if (currency !== "EUR") throw invalid("payments.statement.notEuro", { currency: currency ?? "" });
  const text = amount.textContent ?? "";
  const value = decimalToCents(text, ".");
  if (value === null) throw invalid("payments.statement.badAmount", { amount: text.trim() });
  return value;
}

function signed(cents: number, indicator: string | null) {
  return indicator === "DBIT" ? -cents : cents;
}
