import { formatIban, isIban, normalizeIban } from "~/modules/companies";
import { invalid } from "~/utils/errors";

/**
 * IBANs as payments meet them: typed by a member, printed on a statement, written into a direct
 * debit file. The check itself (country length, mod-97) is the one companies already use for
 * their IBAN field; this adds the form a bank file wants and one refusal with a Dutch message.
 */
export { formatIban, isIban };

/** "nl91 abna-0417.1643 00", "IBAN NL91…" → "NL91ABNA0417164300". */
export function normaliseIban(value: string): string {
  return normalizeIban(value.replace(/^\s*IBAN:?/i, ""));
}

/** The normalised IBAN, or a DomainError (payments.iban.invalid) naming what was given. */
export function requireIban(value: string, field?: string): string {
  const iban = normaliseIban(value);
  if (!isIban(iban)) throw invalid("payments.iban.invalid", { iban: value.trim() }, field);
  return iban;
}
