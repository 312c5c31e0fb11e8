import type { InvoiceDocument } from "~/modules/billing/document";
import { centsToDecimal } from "~/utils/money";

/**
 * The text of a "betaal-QR": the European Payments Council's QR code for a SEPA credit
 * transfer (EPC069-12, version 002), which banking apps read to fill in a transfer. One field
 * per line in a fixed order; an empty optional field keeps its line so the order holds, and
 * nothing follows the last filled field. UTF-8 (character set 1), at most 331 bytes in all.
 */
export function epcQrPayload(doc: InvoiceDocument): string {
  const fields = [
    "BCD",
    "002",
    "1",
    "SCT",
    // Optional inside the EEA since version 002; a wrong BIC would stop the transfer, none does not.
    doc.supplier.bic?.replace(/\s/g, "").toUpperCase() ?? "",
    clip(doc.supplier.legalName, 70),
    doc.supplier.iban.replace(/\s/g, "").toUpperCase(),
    // Nothing due (paid, or a credit note): no amount, so the app asks instead of paying twice.
    doc.kind === "invoice" && doc.totals.dueCents > 0 ? epcAmount(doc.totals.dueCents) : "",
    "",
    // The betalingskenmerk goes in the structured field, so the bank passes it on unchanged
    // and the statement import can match it; the unstructured field then stays empty.
    clip(doc.paymentReference, 35),
  ];
  return fields.join("\n").replace(/\n+$/, "");
}

/** "EUR123.45": euros with a decimal point and two decimals, between 0.01 and 999999999.99. */
export function epcAmount(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 1 || cents > 99_999_999_999) {
    throw new Error(`an EPC QR amount must be 1 cent to 999999999.99 euro, got ${cents} cents`);
  }
  return `EUR${centsToDecimal(cents)}`;
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return [...flat].slice(0, max).join("");
}
