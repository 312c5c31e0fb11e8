/**
 * How amounts and quantities are written in UBL: a point, no thousands separator, amounts with
 * exactly two decimals ("1276.70", "-12.50"), quantities with as many as they need ("3.5").
 */
export function ublAmount(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new Error(`ublAmount expects integer cents, got ${cents}`);
  const abs = Math.abs(cents);
  return `${cents < 0 ? "-" : ""}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** Quantities carry at most three decimals; toFixed keeps float noise (0.30000000000000004) out. */
export function ublQuantity(quantity: number): string {
  return String(Number(quantity.toFixed(3)));
}
