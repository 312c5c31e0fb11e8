/**
 * The ledger's vocabulary. The value lists the database enforces live in db/schema/enums.ts (so
 * the schema imports nothing from app/); the module, its forms and pages take them from here.
 */
export {
  invoiceKinds,
  invoiceStatuses,
  revenueKinds,
  unitCodes,
  btwCategories,
  btwCodeTreatments,
  type BtwCodeTreatment,
  paymentMethods,
  moneyEventKinds,
  partyKinds,
  type InvoiceKind,
  type InvoiceStatus,
  type RevenueKind,
  type UnitCode,
  type PaymentMethod,
  type MoneyEventKind,
  type PartyKind,
} from "#db/schema/enums";

/** Member states of the EU by ISO code (with EL for Greece as VIES writes it): reverse charge applies between them. */
export const euCountries = [
  "AT",
  "BE",
  "BG",
  "CY",
  "CZ",
  "DE",
  "DK",
  "EE",
  "ES",
  "FI",
  "FR",
  "GR",
  "HR",
  "HU",
  "IE",
  "IT",
  "LT",
  "LU",
  "LV",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SE",
  "SI",
  "SK",
] as const;
