import type { Locale } from "~/modules/i18n";
import type { CustomerSnapshot, SupplierSnapshot } from "#db/schema/billing-snapshots";
import type { IsoDate } from "~/utils/calendar";

/**
 * An issued invoice or credit note as its readers see it. The invoice page, the PDF and the
 * SI-UBL XML are all drawn from this one shape, so they cannot disagree; the ledger builds it
 * from the database once per request. Amounts are integer cents (credit notes carry positive
 * amounts here: the kind says which way the money goes, as UBL's CreditNote does).
 */
export type InvoiceDocument = {
  kind: "invoice" | "credit_note";
  /** PREFIX-YYYY-NNNNN, assigned at issue. */
  number: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  /** The supply date or period (art. 35a Wet OB); lines may carry their own periods. */
  supplyPeriod: { start: IsoDate; end: IsoDate };
  currency: "EUR";
  /** The language of the customer: the PDF is written in it. */
  language: Locale;
  supplier: Supplier;
  customer: Customer;
  lines: DocumentLine[];
  /** One entry per BTW category and rate, in the order first used by the lines. */
  btwBreakdown: BtwSubtotal[];
  totals: { netCents: number; btwCents: number; grossCents: number; paidCents: number; dueCents: number };
  /** 16-digit betalingskenmerk (with its check digit) the customer quotes when paying. */
  paymentReference: string;
  /** For a credit note: the invoice it corrects. */
  corrects?: { number: string; issueDate: IsoDate } | null;
  /** Free text printed under the totals (the werkplaats's footer, reminder notes). */
  notes: string[];
};

export type { Address } from "#db/schema/billing-snapshots";

export type Supplier = SupplierSnapshot & {
  /** PNG or JPEG bytes of the werkplaats's logo, if it has one. */
  logo: { mimeType: "image/png" | "image/jpeg"; bytes: Uint8Array } | null;
};

export type Customer = CustomerSnapshot;

/**
 * BTW categories as UBL names them: S standard (21 % and 9 %), Z zero rated (0 %),
 * E exempt (with its legal ground), AE reverse charge ("BTW verlegd").
 */
export type BtwCategory = "S" | "Z" | "E" | "AE";

export type BtwTreatment = {
  category: BtwCategory;
  /** Whole percent: 21, 9 or 0 (E and AE are always 0). */
  percent: number;
  /** Required for E and AE: the legal ground printed on the invoice and sent as the exemption reason. */
  exemptionReason: string | null;
};

export type DocumentLine = {
  description: string;
  period: { start: IsoDate; end: IsoDate } | null;
  /** At most three decimals (1.5 hours); the net amount below is what counts. */
  quantity: number;
  /** UN/ECE rec. 20 unit: "C62" piece, "HUR" hour, "MON" month, "DAY" day. */
  unitCode: "C62" | "HUR" | "MON" | "DAY";
  unitCents: number;
  /** quantity × unit price, rounded half up once (money.lineFromExcl). */
  netCents: number;
  btw: BtwTreatment;
  /** BTW on this line, rounded half up once. */
  btwCents: number;
};

export type BtwSubtotal = BtwTreatment & { netCents: number; btwCents: number };
