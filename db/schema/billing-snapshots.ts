/**
 * The two parties as an invoice keeps them from the moment it is issued (jsonb on invoices):
 * later changes to the werkplaats's settings or the customer's details never alter an issued
 * document. The invoice document (app/modules/billing/document.ts) is built from these.
 */
export type Address = {
  street: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2, e.g. "NL", "BE". */
  countryCode: string;
};

/**
 * The supplier as copied onto an invoice at issue. The logo stays in the settings: it is
 * branding, not part of what art. 35a Wet OB requires, and copying its bytes into every
 * invoice would multiply them by the number of invoices.
 */
export type SupplierSnapshot = {
  legalName: string;
  tradeName: string | null;
  address: Address;
  /** KvK number, 8 digits. */
  kvk: string;
  /** BTW-id, e.g. NL123456789B01. */
  btwId: string;
  iban: string;
  bic: string | null;
  email: string;
  phone: string | null;
  /** Brand colour as #rrggbb, used for headings and rules in the PDF. */
  colour: string;
};

export type CustomerSnapshot = {
  kind: "company" | "person";
  name: string;
  address: Address;
  kvk: string | null;
  btwId: string | null;
  email: string | null;
  /** The buyer's own reference (order number, cost centre); NLCIUS requires one of this or an order reference. */
  buyerReference: string | null;
};
