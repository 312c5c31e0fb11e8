import { lineFromExcl } from "~/utils/money";
import type { BtwSubtotal, BtwTreatment } from "./document";
import { euCountries } from "./terms";

/**
 * BTW rules of the ledger, without I/O: which treatment a line gets for a customer, what a line
 * costs, and the totals per rate that are the sums of the lines.
 */

/** What the manager picks for a line: a Dutch rate, or exempt with its legal ground. */
export type BtwChoice = { rate: 21 | 9 | 0 } | { rate: "exempt"; reason: string };

export const REVERSE_CHARGE_TEXT = "BTW verlegd";

/** The party as far as BTW cares; `kind` is "company" or "person". */
export type BtwCustomer = { kind: string; countryCode: string; btwId: string | null };

/**
 * Reverse charge (BTW verlegd): a business in another EU member state with a BTW-id pays the
 * BTW in its own country, so the invoice carries none. Consumers and Dutch businesses do not.
 */
export function isReverseCharge(customer: BtwCustomer, supplierCountry = "NL"): boolean {
  return (
    customer.kind === "company" &&
    !!customer.btwId &&
    customer.countryCode !== supplierCountry &&
    (euCountries as readonly string[]).includes(customer.countryCode)
  );
}

/** The treatment of one line for one customer. Exempt supplies stay exempt under reverse charge. */
export function btwTreatment(choice: BtwChoice, customer: BtwCustomer, supplierCountry = "NL"): BtwTreatment {
  if (choice.rate === "exempt") return { category: "E", percent: 0, exemptionReason: choice.reason };
  if (isReverseCharge(customer, supplierCountry)) return { category: "AE", percent: 0, exemptionReason: REVERSE_CHARGE_TEXT };
  if (choice.rate === 0) return { category: "Z", percent: 0, exemptionReason: null };
  return { category: "S", percent: choice.rate, exemptionReason: null };
}

/** Quantities have at most three decimals; they are counted in thousandths so no float decides a cent. */
export function quantityInThousandths(quantity: string): number | null {
  const match = /^(\d{1,9})(?:[.,](\d{1,3}))?$/.exec(quantity.trim());
  if (!match) return null;
  const thousandths = Number(match[1]) * 1000 + Number((match[2] ?? "").padEnd(3, "0"));
  return thousandths > 0 ? thousandths : null;
}

/** The database's numeric(12,3) text for thousandths: 1500 → "1.500". */
export function thousandthsToQuantity(thousandths: number): string {
  return `${Math.trunc(thousandths / 1000)}.${String(thousandths % 1000).padStart(3, "0")}`;
}

/** A line's net and BTW: quantity × unit price rounded half up once, BTW on that rounded once. */
export function lineAmounts(unitCents: number, thousandths: number, treatment: BtwTreatment) {
  const amounts = lineFromExcl({ unitCents, quantity: thousandths, per: 1000, rate: treatment.percent });
  return { netCents: amounts.exclCents, btwCents: amounts.btwCents };
}

type PricedLine = { btw: BtwTreatment; netCents: number; btwCents: number };
type Amounts = { netCents: number; btwCents: number };

/** Totals per BTW category and rate, in the order the lines first use them: the sums of the lines. */
export function btwBreakdown(lines: PricedLine[]): BtwSubtotal[] {
  const byTreatment = new Map<string, BtwSubtotal>();
  for (const line of lines) {
    const key = `${line.btw.category}|${line.btw.percent}|${line.btw.exemptionReason ?? ""}`;
    const subtotal = byTreatment.get(key) ?? { ...line.btw, netCents: 0, btwCents: 0 };
    subtotal.netCents += line.netCents;
    subtotal.btwCents += line.btwCents;
    byTreatment.set(key, subtotal);
  }
  return [...byTreatment.values()];
}

/** The invoice totals: the sums of the per-rate totals, so the two can never disagree. */
export function invoiceTotals(lines: Amounts[]) {
  const netCents = lines.reduce((sum, l) => sum + l.netCents, 0);
  const btwCents = lines.reduce((sum, l) => sum + l.btwCents, 0);
  return { netCents, btwCents, grossCents: netCents + btwCents };
}
