/**
 * The ledger's vocabulary: the values the database allows and the pages show. Plain data, so
 * the schema, the module and the pages share one list each.
 */

export const invoiceKinds = ["invoice", "credit_note"] as const;
export type InvoiceKind = (typeof invoiceKinds)[number];

/**
 * draft: being written, free to change and delete. issued: numbered and frozen, money still due.
 * paid: settled by payments. credited: settled (wholly or in part) by credit notes rather than money.
 */
export const invoiceStatuses = ["draft", "issued", "paid", "credited"] as const;
export type InvoiceStatus = (typeof invoiceStatuses)[number];

export const revenueKinds = ["membership", "deposit", "room_hours", "day_pass", "ticket", "strippenkaart", "one_off"] as const;
export type RevenueKind = (typeof revenueKinds)[number];

export const unitCodes = ["C62", "HUR", "MON", "DAY"] as const;
export type UnitCode = (typeof unitCodes)[number];

export const btwCategories = ["S", "Z", "E", "AE"] as const;

export const paymentMethods = ["transfer", "incasso", "pin", "cash", "stripe"] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

export const moneyEventKinds = ["issued", "sent", "paid", "reminded", "credited", "exported", "payment_reversed"] as const;
export type MoneyEventKind = (typeof moneyEventKinds)[number];

export const partyKinds = ["company", "person"] as const;
export type PartyKind = (typeof partyKinds)[number];

/** Member states of the EU by ISO code (with EL for Greece as VIES writes it): reverse charge applies between them. */
export const euCountries = [
  "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
  "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
] as const;
