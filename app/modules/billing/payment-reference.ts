/**
 * The betalingskenmerk: the 16-digit structured payment reference Dutch banks accept in the
 * "betalingskenmerk" field and hand back on the statement. The first digit checks the other
 * fifteen (modulus 11, weights 2, 4, 8, 5, 10, 9, 7, 3, 6, 1 repeating from the right), so a
 * mistyped reference is caught by the bank before the money moves.
 */

const WEIGHTS = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1];

/** The check digit for fifteen digits: 11 minus the weighted sum mod 11, where 10 counts as 1 and 11 as 0. */
export function checkDigit(body: string): number {
  if (!/^\d{15}$/.test(body)) throw new Error(`a betalingskenmerk body is 15 digits, got "${body}"`);
  let sum = 0;
  for (let i = 0; i < 15; i++) sum += Number(body[14 - i]) * WEIGHTS[i % WEIGHTS.length]!;
  const digit = 11 - (sum % 11);
  return digit === 11 ? 0 : digit === 10 ? 1 : digit;
}

/** Whether text is a valid 16-digit betalingskenmerk (spaces, as people type them, are ignored). */
export function isPaymentReference(value: string): boolean {
  const digits = value.replace(/\s/g, "");
  return /^\d{16}$/.test(digits) && checkDigit(digits.slice(1)) === Number(digits[0]);
}

/**
 * A new betalingskenmerk. Its body is random rather than derived from the invoice number, so
 * it says nothing about how many invoices a werkplaats sends; a unique index on invoices catches
 * the (one in 10^15) collision.
 */
export function newPaymentReference(): string {
  let body = "";
  while (body.length < 15) {
    // Web Crypto (in Node and browsers alike); bytes of 250 and up are skipped so each digit is equally likely.
    for (const byte of crypto.getRandomValues(new Uint8Array(16))) if (byte < 250 && body.length < 15) body += String(byte % 10);
  }
  return `${checkDigit(body)}${body}`;
}

/** Four groups of four, as banks print it: "1234 5678 9012 3456". */
export function formatPaymentReference(reference: string): string {
  return reference.replace(/(\d{4})(?=\d)/g, "$1 ");
}
