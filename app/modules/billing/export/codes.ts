import { btwCodeTreatments, revenueKinds, type BtwCodeTreatment } from "../terms";
import type { BtwCategory } from "../document";

/**
 * The accountant's names for where money goes: a grootboekrekening per revenue kind plus the
 * debtors and the BTW to pay, and a BTW code per treatment. Defaults follow the usual Dutch
 * chart of accounts (8000-series omzet, 1300 debiteuren, 1500 te betalen BTW); a deposit (borg)
 * is money held for the member, not turnover, so it books to a liability account. What a payment
 * provider keeps of a payout (Stripe's fees) is a cost: 4950 betaalkosten.
 */
export const accountPurposes = [...revenueKinds, "debtors", "btw_payable", "payment_costs"] as const;
export type AccountPurpose = (typeof accountPurposes)[number];
export type LedgerCodes = { accounts: Record<AccountPurpose, string>; btwCodes: Record<BtwCodeTreatment, string> };

export const defaultLedgerCodes: LedgerCodes = {
  accounts: {
    membership: "8000",
    room_hours: "8010",
    day_pass: "8020",
    strippenkaart: "8030",
    ticket: "8040",
    one_off: "8090",
    sponsorship: "8100",
    deposit: "1650",
    debtors: "1300",
    btw_payable: "1500",
    payment_costs: "4950",
  },
  btwCodes: { "21": "V21", "9": "V9", "0": "V0", exempt: "VRIJ", reverse_charge: "VERL" },
};

export { btwCodeTreatments };

/** The treatment a line was issued with, as the accountant's BTW codes tell them apart. */
export function treatmentOf(category: BtwCategory | string, percent: number): BtwCodeTreatment {
  if (category === "AE") return "reverse_charge";
  if (category === "E") return "exempt";
  if (category === "Z" || percent === 0) return "0";
  return percent === 9 ? "9" : "21";
}
