import { sql } from "drizzle-orm";
import {
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { companies } from "./companies";
import { werkplaatsen } from "./werkplaats";
import {
  btwCategories,
  btwCodeTreatments,
  invoiceKinds,
  invoiceStatuses,
  moneyEventKinds,
  partyKinds,
  paymentMethods,
  revenueKinds,
  unitCodes,
} from "./enums";
import type { CustomerSnapshot, SupplierSnapshot } from "./billing-snapshots";

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(", "));

/** Raw bytes; PGlite hands back a Uint8Array, postgres.js a Buffer: both become a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});

/**
 * What the werkplaats prints on its invoices. Every field may be empty until the manager fills
 * it in: the issue checklist names what is still missing instead of the database refusing a
 * half-filled form.
 */
export const billingSettings = pgTable(
  "billing_settings",
  {
    werkplaatsId: uuid("werkplaats_id")
      .primaryKey()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    legalName: text("legal_name"),
    tradeName: text("trade_name"),
    street: text("street"),
    postalCode: text("postal_code"),
    city: text("city"),
    countryCode: text("country_code").notNull().default("NL"),
    kvkNumber: text("kvk_number"),
    btwId: text("btw_id"),
    iban: text("iban"),
    bic: text("bic"),
    phone: text("phone"),
    invoicePrefix: text("invoice_prefix"),
    paymentTermDays: integer("payment_term_days").notNull().default(14),
    footer: text("footer").notNull().default(""),
    logo: bytea("logo"),
    logoMimeType: text("logo_mime_type"),
    colour: text("colour").notNull().default("#1d4ed8"),
    senderEmail: text("sender_email"),
    /** The SEPA creditor id (incassant-ID) the bank gave for direct debits. */
    creditorId: text("creditor_id"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("billing_settings_country", sql`${t.countryCode} ~ '^[A-Z]{2}$'`),
    check("billing_settings_kvk", sql`${t.kvkNumber} is null or ${t.kvkNumber} ~ '^[0-9]{8}$'`),
    check("billing_settings_btw", sql`${t.btwId} is null or ${t.btwId} ~ '^[A-Z]{2}[0-9A-Z+*]{2,13}$'`),
    check("billing_settings_iban", sql`${t.iban} is null or ${t.iban} ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'`),
    // The prefix starts every invoice number: letters and digits only, so numbers stay easy to quote.
    check("billing_settings_prefix", sql`${t.invoicePrefix} is null or ${t.invoicePrefix} ~ '^[A-Z0-9]{1,10}$'`),
    check("billing_settings_term", sql`${t.paymentTermDays} between 0 and 120`),
    check("billing_settings_creditor_id", sql`${t.creditorId} is null or ${t.creditorId} ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{4,31}$'`),
    check("billing_settings_colour", sql`${t.colour} ~ '^#[0-9a-fA-F]{6}$'`),
    check(
      "billing_settings_logo",
      sql`(${t.logo} is null) = (${t.logoMimeType} is null) and (${t.logoMimeType} is null or ${t.logoMimeType} in ('image/png', 'image/jpeg'))`,
    ),
  ],
);

/**
 * Who an invoice is addressed to: a business (one party per member company, or one without a
 * companies row such as a sponsor) or a person (one per account, or a guest without one). Its
 * details are copied onto each invoice at issue.
 */
export const billingParties = pgTable(
  "billing_parties",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    companyId: uuid("company_id").references(() => companies.id, { onDelete: "restrict" }),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    email: text("email"),
    street: text("street").notNull().default(""),
    postalCode: text("postal_code").notNull().default(""),
    city: text("city").notNull().default(""),
    countryCode: text("country_code").notNull().default("NL"),
    kvkNumber: text("kvk_number"),
    btwId: text("btw_id"),
    language: text("language").notNull().default("nl"),
    buyerReference: text("buyer_reference"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("billing_parties_company_key").on(t.companyId).where(sql`${t.companyId} is not null`),
    uniqueIndex("billing_parties_user_key").on(t.werkplaatsId, t.userId).where(sql`${t.kind} = 'person' and ${t.userId} is not null`),
    unique("billing_parties_id_werkplaats_key").on(t.id, t.werkplaatsId),
    check("billing_parties_kind", sql`${t.kind} in (${inList(partyKinds)})`),
    // A business may be invoiced without being a member company here (a sponsor, a firm renting a room).
    check("billing_parties_company", sql`${t.companyId} is null or ${t.kind} = 'company'`),
    check("billing_parties_country", sql`${t.countryCode} ~ '^[A-Z]{2}$'`),
    check("billing_parties_language", sql`${t.language} in ('nl', 'en')`),
    check("billing_parties_btw", sql`${t.btwId} is null or ${t.btwId} ~ '^[A-Z]{2}[0-9A-Z+*]{2,13}$'`),
  ],
);

/**
 * An invoice or credit note. A draft has no number; issuing gives it the next number of its
 * year and freezes it (a trigger in the custom migration refuses later changes to everything
 * but status, payment and sending fields). Amounts are positive cents for both kinds: the kind
 * says which way the money goes.
 */
export const invoices = pgTable(
  "invoices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    partyId: uuid("party_id")
      .notNull()
      .references(() => billingParties.id, { onDelete: "restrict" }),
    kind: text("kind").notNull().default("invoice"),
    status: text("status").notNull().default("draft"),
    number: text("number"),
    year: integer("year"),
    sequence: integer("sequence"),
    issueDate: date("issue_date", { mode: "string" }),
    dueDate: date("due_date", { mode: "string" }),
    periodStart: date("period_start", { mode: "string" }).notNull(),
    periodEnd: date("period_end", { mode: "string" }).notNull(),
    creditsInvoiceId: uuid("credits_invoice_id").references((): AnyPgColumn => invoices.id, { onDelete: "restrict" }),
    netCents: integer("net_cents").notNull().default(0),
    btwCents: integer("btw_cents").notNull().default(0),
    grossCents: integer("gross_cents").notNull().default(0),
    paidCents: integer("paid_cents").notNull().default(0),
    /** The 16-digit betalingskenmerk, made at issue. */
    paymentReference: text("payment_reference"),
    supplier: jsonb("supplier").$type<SupplierSnapshot>(),
    customer: jsonb("customer").$type<CustomerSnapshot>(),
    language: text("language").notNull().default("nl"),
    /** Printed under the totals: the werkplaats's footer at issue, the reverse-charge text. */
    notes: text("notes").array().notNull().default(sql`'{}'::text[]`),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    reminderCount: integer("reminder_count").notNull().default(0),
    lastRemindedAt: timestamp("last_reminded_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    issuedAt: timestamp("issued_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("invoices_number_key").on(t.werkplaatsId, t.number),
    uniqueIndex("invoices_sequence_key").on(t.werkplaatsId, t.year, t.sequence),
    uniqueIndex("invoices_payment_reference_key").on(t.paymentReference),
    index("invoices_party_idx").on(t.partyId, t.issueDate),
    index("invoices_werkplaats_idx").on(t.werkplaatsId, t.status, t.issueDate),
    index("invoices_credits_idx").on(t.creditsInvoiceId),
    check("invoices_kind", sql`${t.kind} in (${inList(invoiceKinds)})`),
    check("invoices_status", sql`${t.status} in (${inList(invoiceStatuses)})`),
    check(
      "invoices_issued_complete",
      sql`${t.status} = 'draft' or (${t.number} is not null and ${t.year} is not null and ${t.sequence} is not null and ${t.issueDate} is not null
        and ${t.dueDate} is not null and ${t.paymentReference} is not null and ${t.supplier} is not null and ${t.customer} is not null)`,
    ),
    check("invoices_draft_unnumbered", sql`${t.status} <> 'draft' or ${t.number} is null`),
    check("invoices_credit_note", sql`(${t.kind} = 'credit_note') = (${t.creditsInvoiceId} is not null)`),
    check("invoices_period", sql`${t.periodEnd} >= ${t.periodStart}`),
    check("invoices_amounts", sql`${t.netCents} >= 0 and ${t.btwCents} >= 0 and ${t.grossCents} = ${t.netCents} + ${t.btwCents}`),
    check("invoices_paid", sql`${t.paidCents} between 0 and ${t.grossCents}`),
    check("invoices_payment_reference", sql`${t.paymentReference} is null or ${t.paymentReference} ~ '^[0-9]{16}$'`),
    check("invoices_language", sql`${t.language} in ('nl', 'en')`),
  ],
);

/**
 * One line of an invoice. `chargeKey` names what a line charges for (a membership and its
 * month): unique per werkplaats, so the billing run cannot charge the same thing twice, whatever
 * its code does. A credit note's lines point at the lines they credit.
 */
export const invoiceLines = pgTable(
  "invoice_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "cascade" }),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    description: text("description").notNull(),
    periodStart: date("period_start", { mode: "string" }),
    periodEnd: date("period_end", { mode: "string" }),
    quantity: numeric("quantity", { precision: 12, scale: 3 }).notNull(),
    unitCode: text("unit_code").notNull().default("C62"),
    unitCents: integer("unit_cents").notNull(),
    netCents: integer("net_cents").notNull(),
    btwCategory: text("btw_category").notNull(),
    btwPercent: integer("btw_percent").notNull(),
    exemptionReason: text("exemption_reason"),
    btwCents: integer("btw_cents").notNull(),
    revenueKind: text("revenue_kind").notNull(),
    chargeKey: text("charge_key"),
    creditedLineId: uuid("credited_line_id").references((): AnyPgColumn => invoiceLines.id, { onDelete: "restrict" }),
  },
  (t) => [
    uniqueIndex("invoice_lines_position_key").on(t.invoiceId, t.position),
    uniqueIndex("invoice_lines_charge_key").on(t.werkplaatsId, t.chargeKey).where(sql`${t.chargeKey} is not null`),
    index("invoice_lines_credited_idx").on(t.creditedLineId),
    check("invoice_lines_unit_code", sql`${t.unitCode} in (${inList(unitCodes)})`),
    check("invoice_lines_revenue_kind", sql`${t.revenueKind} in (${inList(revenueKinds)})`),
    check("invoice_lines_category", sql`${t.btwCategory} in (${inList(btwCategories)})`),
    check(
      "invoice_lines_btw",
      sql`(${t.btwCategory} = 'S' and ${t.btwPercent} in (21, 9) and ${t.exemptionReason} is null)
        or (${t.btwCategory} = 'Z' and ${t.btwPercent} = 0 and ${t.exemptionReason} is null)
        or (${t.btwCategory} in ('E', 'AE') and ${t.btwPercent} = 0 and ${t.exemptionReason} is not null)`,
    ),
    check("invoice_lines_quantity", sql`${t.quantity} > 0`),
    check("invoice_lines_amounts", sql`${t.unitCents} >= 0 and ${t.netCents} >= 0 and ${t.btwCents} >= 0`),
    check(
      "invoice_lines_period",
      sql`(${t.periodStart} is null) = (${t.periodEnd} is null) and (${t.periodEnd} is null or ${t.periodEnd} >= ${t.periodStart})`,
    ),
  ],
);

/** The last invoice number per werkplaats per year: locked by the issuing transaction, so numbers have no gaps. */
export const invoiceCounters = pgTable(
  "invoice_counters",
  {
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    last: integer("last").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.werkplaatsId, t.year] }), check("invoice_counters_last", sql`${t.last} >= 0`)],
);

/**
 * Money received for an invoice. `appliedCents` is what settled the invoice; the rest of the
 * amount (an overpayment) stays with the billing party as credit.
 */
export const payments = pgTable(
  "payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "restrict" }),
    partyId: uuid("party_id")
      .notNull()
      .references(() => billingParties.id, { onDelete: "restrict" }),
    amountCents: integer("amount_cents").notNull(),
    appliedCents: integer("applied_cents").notNull(),
    method: text("method").notNull(),
    receivedOn: date("received_on", { mode: "string" }).notNull(),
    reference: text("reference"),
    note: text("note"),
    reversedAt: timestamp("reversed_at", { withTimezone: true }),
    recordedBy: uuid("recorded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("payments_invoice_idx").on(t.invoiceId),
    index("payments_party_idx").on(t.partyId),
    check("payments_method", sql`${t.method} in (${inList(paymentMethods)})`),
    check("payments_amounts", sql`${t.amountCents} > 0 and ${t.appliedCents} between 0 and ${t.amountCents}`),
  ],
);

/** The audit trail of money: who did what to which invoice, and when. Only ever appended to. */
export const moneyEvents = pgTable(
  "money_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    invoiceId: uuid("invoice_id").references(() => invoices.id, { onDelete: "restrict" }),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    kind: text("kind").notNull(),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("money_events_invoice_idx").on(t.invoiceId, t.at),
    index("money_events_werkplaats_idx").on(t.werkplaatsId, t.at),
    check("money_events_kind", sql`${t.kind} in (${inList(moneyEventKinds)})`),
  ],
);

/**
 * The accountant's grootboekrekening per purpose (a revenue kind, the debtors, the BTW to pay) for
 * the journal export. A purpose without a row uses the Dutch default (billing/export).
 */
export const ledgerAccounts = pgTable(
  "ledger_accounts",
  {
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    purpose: text("purpose").notNull(),
    account: text("account").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.werkplaatsId, t.purpose] }),
    check("ledger_accounts_purpose", sql`${t.purpose} in (${inList([...revenueKinds, "debtors", "btw_payable", "payment_costs"])})`),
    check("ledger_accounts_account", sql`${t.account} ~ '^[0-9A-Za-z.-]{1,20}$'`),
  ],
);

/** The accountant's BTW code per treatment (21, 9, 0, exempt, reverse charge), as their package names it. */
export const btwCodes = pgTable(
  "btw_codes",
  {
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    treatment: text("treatment").notNull(),
    code: text("code").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.werkplaatsId, t.treatment] }),
    check("btw_codes_treatment", sql`${t.treatment} in (${inList(btwCodeTreatments)})`),
    check("btw_codes_code", sql`${t.code} ~ '^[0-9A-Za-z_.-]{1,20}$'`),
  ],
);
