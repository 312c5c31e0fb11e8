import { centsToDecimal } from "~/utils/money";

/**
 * How amounts and quantities are written in UBL: a point, no thousands separator, amounts with
 * exactly two decimals ("1276.70", "-12.50"), quantities with as many as they need ("3.5").
 */
export const ublAmount = centsToDecimal;

/** Quantities carry at most three decimals; toFixed keeps float noise (0.30000000000000004) out. */
export function ublQuantity(quantity: number): string {
  return String(Number(quantity.toFixed(3)));
}
