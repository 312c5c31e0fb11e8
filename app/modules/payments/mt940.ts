import { isIsoDate, type IsoDate } from "~/utils/calendar";
import { invalid } from "~/utils/errors";
import { isIban, normaliseIban } from "./iban";
import { decimalToCents } from "~/utils/money";
import type { BankStatement, StatementLine } from "./statement";

/**
 * SWIFT MT940 statements as Dutch banks write them (ING, Rabobank, ABN AMRO, Knab, bunq): per
 * statement :20: reference, :25: account, :28C: number, :60F: opening balance, then a :61:
 * line per transaction with its :86: details, and :62F: closing balance. The :86: details come
 * in the banks' structured SEPA form (/EREF/…/CNTP/iban/bic/name/city/REMI/…, or ABN AMRO's
 * /TRTP/…/IBAN/…/NAME/…) or as free text. A file may hold several statements.
 */

const DETAIL_TAGS = [
  "EREF",
  "MARF",
  "CSID",
  "CNTP",
  "REMI",
  "RTRN",
  "IBAN",
  "BIC",
  "NAME",
  "TRTP",
  "PREF",
  "IREF",
  "ORDP",
  "BENM",
  "ULTC",
  "ULTD",
  "ULTB",
  "PURP",
  "SVCL",
  "ISDT",
  "CREF",
  "ACCW",
  "ADDR",
  "TRCD",
  "CDTRREF",
  "CDTRREFTP",
];
const DETAIL = new RegExp(`/(${DETAIL_TAGS.join("|")})/`, "g");
/** Value date, optional entry date, (R)C/(R)D mark, optional funds code, amount, type code, reference, //bank reference. */
const TRANSACTION = /^(\d{6})(\d{4})?(R?[CD])([A-Z])?(\d+,\d{0,2})([A-Z][A-Z0-9]{3})([^/]*?)(?:\/\/(.*))?$/;
const BALANCE = /^([CD])(\d{6})([A-Z]{3})(\d+,\d{0,2})$/;

type Field = { tag: string; value: string };

export function parseMt940(text: string): BankStatement[] {
  const fields = fieldsOf(text);
  if (!fields.some((f) => f.tag === "20")) throw invalid("payments.statement.notMt940", { detail: ":20:" });
  const statements: BankStatement[] = [];
  let current: BankStatement | null = null;
  let line: StatementLine | null = null;
  for (const { tag, value } of fields) {
    if (tag === "20") {
      current = {
        format: "mt940",
        version: "mt940",
        accountIban: null,
        statementId: value.trim(),
        openingBalanceCents: null,
        closingBalanceCents: null,
        lines: [],
      };
      statements.push(current);
      line = null;
      continue;
    }
    if (!current) throw invalid("payments.statement.notMt940", { detail: ":20:" });
    if (tag === "25") current.accountIban = accountOf(value);
    else if (tag === "28C") current.statementId = `${current.statementId}/${value.trim()}`;
    else if (tag === "60F" || tag === "60M") current.openingBalanceCents = balanceOf(value, `:${tag}:`);
    else if (tag === "62F" || tag === "62M") current.closingBalanceCents = balanceOf(value, `:${tag}:`);
    else if (tag === "61") {
      line = transactionOf(value);
      current.lines.push(line);
    } else if (tag === "86" && line) {
      applyDetails(line, value);
      line = null;
    }
  }
  for (const s of statements) {
    if (s.accountIban === null) throw invalid("payments.statement.notMt940", { detail: ":25:" });
    if (s.openingBalanceCents === null) throw invalid("payments.statement.notMt940", { detail: ":60F:" });
    if (s.closingBalanceCents === null) throw invalid("payments.statement.notMt940", { detail: ":62F:" });
  }
  return statements;
}

/** The :tag: fields with their (multi-line) values; SWIFT envelopes ({1:…}{4:, -}) are dropped. */
function fieldsOf(text: string): Field[] {
  const fields: Field[] = [];
  for (const raw of text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/)) {
    const lineText = raw.replace(/^(\{[1-5]:[^{}]*\})*(\{4:)?/, "");
    const start = /^:(\d{2}[A-Z]?):(.*)$/.exec(lineText);
    if (start) fields.push({ tag: start[1]!, value: start[2]! });
    else if (fields.length > 0 && lineText !== "-}" && lineText !== "-" && lineText !== "") fields.at(-1)!.value += `\n${lineText}`;
  }
  return fields;
}

/** ING writes "NL20INGB0001234567EUR", Rabobank "NL44RABO0123456789 EUR", older files an account number. */
function accountOf(value: string): string {
  const compact = normaliseIban(value.split("\n")[0]!);
  const withoutCurrency = compact.replace(/EUR$/, "");
  return isIban(compact) ? compact : withoutCurrency;
}

function balanceOf(value: string, tag: string): number {
  const m = BALANCE.exec(value.trim());
  if (!m) throw invalid("payments.statement.notMt940", { detail: tag });
  if (m[3] !== "EUR") throw invalid("payments.statement.notEuro", { currency: m[3]! });
  const cents = amount(m[4]!);
  return m[1] === "D" ? -cents : cents;
}

function amount(text: string): number {
  const cents = decimalToCents(text, ",");
  if (cents === null) throw invalid("payments.statement.badAmount", { amount: text });
  return cents;
}

function dateOf(yymmdd: string): IsoDate {
  const date = `20${yymmdd.slice(0, 2)}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
  if (!isIsoDate(date)) throw invalid("payments.statement.badDate", { date: yymmdd });
  return date;
}

/** The booking (entry) date where given: its year is the value date's, unless the two straddle New Year. */
function bookingDateOf(valueDate: IsoDate, entry: string | undefined): IsoDate {
  if (!entry) return valueDate;
  let year = Number(valueDate.slice(0, 4));
  const valueMonth = Number(valueDate.slice(5, 7));
  const entryMonth = Number(entry.slice(0, 2));
  if (entryMonth - valueMonth > 6) year -= 1;
  if (valueMonth - entryMonth > 6) year += 1;
  return dateOf(`${String(year).slice(2)}${entry}`);
}

function transactionOf(value: string): StatementLine {
  const [first = "", ...supplementary] = value.split("\n");
  const m = TRANSACTION.exec(first.trim());
  if (!m) throw invalid("payments.statement.notMt940", { detail: `:61:${first.trim()}` });
  const [, valueDate = "", entryDate, mark = "", , amountText = "", , reference = "", bankReference] = m;
  const customerRef = reference.trim();
  return {
    bookingDate: bookingDateOf(dateOf(valueDate), entryDate),
    amountCents: amount(amountText),
    direction: mark.endsWith("D") ? "debit" : "credit",
    counterparty: { name: null, iban: null },
    remittance: supplementary.join(" ").trim().startsWith("/") ? "" : supplementary.join(" ").trim(),
    structuredReference: null,
    endToEndId: customerRef && customerRef !== "NONREF" ? customerRef : null,
    mandateId: null,
    bankReference: bankReference?.trim() || null,
    storno: mark.startsWith("R") ? { reasonCode: null } : null,
  };
}

function applyDetails(line: StatementLine, value: string) {
  const text = value.split("\n").join("");
  if (!text.trimStart().startsWith("/")) {
    line.remittance = [
      line.remittance,
      value
        .split("\n")
        .map((l) => l.trim())
        .join(" "),
    ]
      .filter(Boolean)
      .join(" ");
    return;
  }
  const details = new Map<string, string>();
  const matches = [...text.matchAll(DETAIL)];
  matches.forEach((m, i) => {
    const start = m.index! + m[0].length;
    const end = matches[i + 1]?.index ?? text.length;
    if (!details.has(m[1]!)) details.set(m[1]!, text.slice(start, end).replace(/\/+$/, "").trim());
  });

  const [cntpIban = "", , cntpName = ""] = (details.get("CNTP") ?? "").split("/");
  const iban = normaliseIban(cntpIban || details.get("IBAN") || "");
  const name = (cntpName || details.get("NAME") || "").trim();
  line.counterparty = { name: name || null, iban: iban || null };

  const remi = details.get("REMI") ?? "";
  const structured = /^STRD\/(?:CUR|ISO)?\/?(.+)$/.exec(remi);
  if (structured) line.structuredReference = structured[1]!.replace(/\/+$/, "").trim();
  else line.remittance = remi.replace(/^USTD\/\//, "").trim();
  if (details.has("CDTRREF")) line.structuredReference = details.get("CDTRREF")!;

  const eref = details.get("EREF");
  if (eref && eref !== "NOTPROVIDED") line.endToEndId = eref;
  const mandate = details.get("MARF");
  if (mandate) line.mandateId = mandate;
  if (details.has("RTRN")) line.storno = { reasonCode: details.get("RTRN")!.split("/")[0]!.trim() || null };
}
