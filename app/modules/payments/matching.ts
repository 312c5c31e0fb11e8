import type { Message } from "~/utils/errors";
import { normaliseIban } from "./iban";
import type { StatementLine } from "./statement";

/**
 * Which invoice a statement line pays, in the order a bookkeeper would look: the structured
 * payment reference (betalingskenmerk, compared on its digits), then an invoice number in the
 * remittance text, then one open invoice with exactly that amount from a party with that name
 * or account. A line pays at most one invoice; whatever is not certain waits for review with
 * the reason. Lines are taken in order and each match lowers what is open, so partial payments
 * add up and a second payment of the same amount does not land on an invoice already paid.
 */

export type OpenInvoice = {
  id: string;
  number: string;
  /** The betalingskenmerk; spaces and dots do not matter. */
  paymentReference: string;
  /** What is still to be paid, in cents (0 for an invoice paid by a direct debit that may yet be returned). */
  openCents: number;
  party: { name: string; ibans: readonly string[] };
  /** End-to-end ids of direct debits that collected it, to recognise a storno. */
  directDebitIds?: readonly string[];
};

export type MatchedBy = "reference" | "invoiceNumber" | "amountAndName";

export type LineMatch =
  | {
      kind: "payment";
      line: StatementLine;
      invoiceId: string;
      by: MatchedBy;
      amountCents: number;
      /** Open after this payment: above 0 paid in part, below 0 overpaid (kept as credit). */
      openAfterCents: number;
    }
  | { kind: "storno"; line: StatementLine; invoiceId: string; amountCents: number; reasonCode: string | null }
  | { kind: "review"; line: StatementLine; reason: Message; candidateIds: string[] };

const digits = (value: string) => value.replace(/\D/g, "");

/** Words of a name without legal forms, accents or initials: "P. Jansen" and "Piet Jansen B.V." share "jansen". */
function nameWords(name: string): string[] {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\b(b\.?\s?v|v\.?\s?o\.?\s?f|n\.?\s?v|c\.?\s?v|eenmanszaak|holding)\b\.?/g, " ")
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1);
}

function sameName(a: string | null, b: string): boolean {
  if (!a) return false;
  const [shorter, longer] = [nameWords(a), nameWords(b)].sort((x, y) => x.length - y.length) as [string[], string[]];
  return shorter.length > 0 && shorter.every((w) => longer.includes(w));
}

/** "DOC-2026-00042" found as "DOC 2026 00042" or "doc-2026-00042", but not inside "DOC-2026-000421". */
function numberPattern(number: string): RegExp {
  const parts = number.match(/[A-Za-z0-9]+/g) ?? [number];
  return new RegExp(`(?<![A-Za-z0-9])${parts.join("[\\s\\-_./]*")}(?![0-9])`, "i");
}

/** Payment references the payer typed into the description: 16 digits, maybe in groups of four. */
function referencesInText(text: string): string[] {
  return [...text.matchAll(/(?<!\d)\d{4}(?:[ .-]?\d{4}){3}(?!\d)/g)].map((m) => digits(m[0]));
}

export function matchStatementLines(lines: readonly StatementLine[], invoices: readonly OpenInvoice[]): LineMatch[] {
  const open = new Map(invoices.map((i) => [i.id, i.openCents]));
  const byReference = new Map(invoices.map((i) => [digits(i.paymentReference), i]));
  const patterns = invoices.map((i) => ({ invoice: i, pattern: numberPattern(i.number) }));

  const pay = (line: StatementLine, invoice: OpenInvoice, by: MatchedBy): LineMatch => {
    const openAfterCents = (open.get(invoice.id) ?? 0) - line.amountCents;
    open.set(invoice.id, openAfterCents);
    return { kind: "payment", line, invoiceId: invoice.id, by, amountCents: line.amountCents, openAfterCents };
  };
  const review = (line: StatementLine, key: string, candidates: OpenInvoice[] = [], vars?: Message["vars"]): LineMatch => ({
    kind: "review",
    line,
    reason: vars ? { key, vars } : { key },
    candidateIds: candidates.map((c) => c.id),
  });
  const numbersIn = (line: StatementLine) => {
    const text = `${line.remittance} ${line.endToEndId ?? ""}`;
    return patterns.filter((p) => p.pattern.test(text)).map((p) => p.invoice);
  };
  const referencesOf = (line: StatementLine) =>
    line.structuredReference ? [digits(line.structuredReference)] : referencesInText(line.remittance);

  return lines.map((line): LineMatch => {
    if (line.storno) {
      const named = numbersIn(line);
      const invoice =
        invoices.find((i) => line.endToEndId !== null && (i.directDebitIds?.includes(line.endToEndId) || i.number === line.endToEndId)) ??
        referencesOf(line)
          .map((r) => byReference.get(r))
          .find((i) => i !== undefined) ??
        (named.length === 1 ? named[0] : undefined);
      if (!invoice) return review(line, "payments.review.stornoUnknown");
      open.set(invoice.id, (open.get(invoice.id) ?? 0) + line.amountCents);
      return { kind: "storno", line, invoiceId: invoice.id, amountCents: line.amountCents, reasonCode: line.storno.reasonCode };
    }
    if (line.direction === "debit") return review(line, "payments.review.outgoing");

    const references = referencesOf(line);
    const byRef = references.map((r) => byReference.get(r)).find((i) => i !== undefined);
    if (byRef) return pay(line, byRef, "reference");

    const named = numbersIn(line);
    if (named.length === 1) return pay(line, named[0]!, "invoiceNumber");
    if (named.length > 1) return review(line, "payments.review.severalInvoices", named, { numbers: named.map((i) => i.number).join(", ") });

    const iban = line.counterparty.iban ? normaliseIban(line.counterparty.iban) : null;
    const fits = invoices.filter(
      (i) =>
        open.get(i.id) === line.amountCents &&
        ((iban !== null && i.party.ibans.some((own) => normaliseIban(own) === iban)) || sameName(line.counterparty.name, i.party.name)),
    );
    if (fits.length === 1) return pay(line, fits[0]!, "amountAndName");
    if (fits.length > 1) return review(line, "payments.review.ambiguousAmount", fits, { numbers: fits.map((i) => i.number).join(", ") });
    if (line.structuredReference) return review(line, "payments.review.unknownReference", [], { reference: line.structuredReference });
    return review(line, "payments.review.noMatch");
  });
}
