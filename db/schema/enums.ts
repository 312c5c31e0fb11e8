/**
 * Value lists that the database enforces (enum types and check constraints) and the app offers in
 * forms. They live here so that db/schema imports nothing from app/; the app re-exports them from
 * the module that owns the concept.
 */

/** The roles a user can hold in a werkplaats. */
export const roleValues = ["manager", "staff", "member", "student", "teacher", "partner"] as const;

/** What a plan (abonnement) is: a kind of desk, an office, an address, a day or a card of days. */
export const planKinds = ["flex", "fixed", "office", "virtual", "day_pass", "strippenkaart"] as const;
export type PlanKind = (typeof planKinds)[number];

/** The decision stored on a membership; what it means today (upcoming, paused, ended) is computed. */
export const membershipStatuses = ["pending", "active", "declined", "withdrawn"] as const;
export type MembershipStatus = (typeof membershipStatuses)[number];

/** What the history of a membership records. */
export const membershipEventKinds = [
  "applied",
  "approved",
  "declined",
  "withdrawn",
  "plan_changed",
  "paused",
  "cancelled",
  "desk_assigned",
  "desk_ended",
] as const;
export type MembershipEventKind = (typeof membershipEventKinds)[number];

/** The ledger: invoice kinds and states, what a line earns, units, BTW categories, how money came in, what the audit records. */
export const invoiceKinds = ["invoice", "credit_note"] as const;
export type InvoiceKind = (typeof invoiceKinds)[number];

/**
 * draft: being written, free to change and delete. issued: numbered and frozen, money still due.
 * paid: settled by payments. credited: settled (wholly or in part) by credit notes rather than money.
 */
export const invoiceStatuses = ["draft", "issued", "paid", "credited"] as const;
export type InvoiceStatus = (typeof invoiceStatuses)[number];

export const revenueKinds = [
  "membership",
  "deposit",
  "room_hours",
  "day_pass",
  "ticket",
  "strippenkaart",
  "one_off",
  "sponsorship",
] as const;
export type RevenueKind = (typeof revenueKinds)[number];

export const unitCodes = ["C62", "HUR", "MON", "DAY"] as const;
export type UnitCode = (typeof unitCodes)[number];

export const btwCategories = ["S", "Z", "E", "AE"] as const;

/** How the accountant's package tells BTW apart: per rate, exempt and reverse charge (verlegd). */
export const btwCodeTreatments = ["21", "9", "0", "exempt", "reverse_charge"] as const;
export type BtwCodeTreatment = (typeof btwCodeTreatments)[number];

export const paymentMethods = ["transfer", "incasso", "pin", "cash", "stripe"] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

export const moneyEventKinds = [
  "issued",
  "sent",
  "paid",
  "reminded",
  "collection_costs",
  "credited",
  "exported",
  "payment_reversed",
  "statement_imported",
  "statement_line_ignored",
  "direct_debit_file",
] as const;
export type MoneyEventKind = (typeof moneyEventKinds)[number];

export const partyKinds = ["company", "person"] as const;
export type PartyKind = (typeof partyKinds)[number];
