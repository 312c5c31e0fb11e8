import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { billingParties, invoices, payments } from "./billing";
import { werkplaatsen } from "./werkplaats";

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(", "));

/** What became of one bank entry: booked on an invoice, a storno, waiting for the manager, assigned by hand, or not an invoice's money. */
export const bankLineOutcomes = ["booked", "storno", "review", "assigned", "ignored"] as const;
export type BankLineOutcome = (typeof bankLineOutcomes)[number];

/** One uploaded bank statement and what its import did, so the manager sees per file what happened. */
export const bankImports = pgTable(
  "bank_imports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    format: text("format").notNull(),
    fileName: text("file_name").notNull(),
    accountIban: text("account_iban"),
    statementIds: text("statement_ids").array().notNull(),
    lineCount: integer("line_count").notNull(),
    /** Entries seen in an earlier import: skipped, never booked twice. */
    knownCount: integer("known_count").notNull(),
    importedBy: uuid("imported_by").references(() => users.id, { onDelete: "set null" }),
    importedAt: timestamp("imported_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("bank_imports_werkplaats_idx").on(t.werkplaatsId, t.importedAt),
    check("bank_imports_format", sql`${t.format} in ('camt.053', 'mt940')`),
  ],
);

/**
 * One entry of a statement. `entryKey` names the entry at the bank (the account with the bank's
 * reference, or a hash of account, date, amount and text): unique per werkplaats, so a statement
 * imported twice, or two overlapping statements, book each entry once.
 */
export const bankLines = pgTable(
  "bank_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    importId: uuid("import_id")
      .notNull()
      .references(() => bankImports.id, { onDelete: "cascade" }),
    entryKey: text("entry_key").notNull(),
    bookingDate: date("booking_date", { mode: "string" }).notNull(),
    amountCents: integer("amount_cents").notNull(),
    direction: text("direction").notNull(),
    counterpartyName: text("counterparty_name"),
    counterpartyIban: text("counterparty_iban"),
    remittance: text("remittance").notNull(),
    structuredReference: text("structured_reference"),
    endToEndId: text("end_to_end_id"),
    stornoReason: text("storno_reason"),
    outcome: text("outcome").notNull(),
    /** Why the line waits for review: a message key with its variables. */
    reviewReason: jsonb("review_reason").$type<{ key: string; vars?: Record<string, string | number> }>(),
    invoiceId: uuid("invoice_id").references(() => invoices.id, { onDelete: "restrict" }),
    paymentId: uuid("payment_id").references(() => payments.id, { onDelete: "restrict" }),
    resolvedBy: uuid("resolved_by").references(() => users.id, { onDelete: "set null" }),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("bank_lines_entry_key").on(t.werkplaatsId, t.entryKey),
    index("bank_lines_import_idx").on(t.importId),
    index("bank_lines_review_idx").on(t.werkplaatsId, t.outcome),
    check("bank_lines_direction", sql`${t.direction} in ('credit', 'debit')`),
    check("bank_lines_amount", sql`${t.amountCents} > 0`),
    check("bank_lines_outcome", sql`${t.outcome} in (${inList(bankLineOutcomes)})`),
    // Booked and assigned lines name the payment they made; a line waiting for review names none.
    check("bank_lines_payment", sql`(${t.outcome} in ('booked', 'assigned')) = (${t.paymentId} is not null)`),
    check("bank_lines_resolved", sql`(${t.outcome} in ('assigned', 'ignored')) = (${t.resolvedAt} is not null)`),
  ],
);

/** A signed SEPA direct debit mandate (machtiging) of a billing party. */
export const directDebitMandates = pgTable(
  "direct_debit_mandates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    partyId: uuid("party_id")
      .notNull()
      .references(() => billingParties.id, { onDelete: "restrict" }),
    /** The mandate reference (kenmerk machtiging), unique per creditor. */
    reference: text("reference").notNull(),
    signedOn: date("signed_on", { mode: "string" }).notNull(),
    debtorName: text("debtor_name").notNull(),
    iban: text("iban").notNull(),
    bic: text("bic"),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedBy: uuid("revoked_by").references(() => users.id, { onDelete: "set null" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("direct_debit_mandates_reference_key").on(t.werkplaatsId, t.reference),
    // One mandate in force per party: which one to collect with is never a guess.
    uniqueIndex("direct_debit_mandates_active_key").on(t.partyId).where(sql`${t.revokedAt} is null`),
    check("direct_debit_mandates_reference", sql`${t.reference} ~ '^[A-Za-z0-9/?:().,''+ -]{1,35}$'`),
    check("direct_debit_mandates_iban", sql`${t.iban} ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'`),
  ],
);

/** One pain.008 file as it was written, so it can be downloaded again unchanged. */
export const directDebitBatches = pgTable(
  "direct_debit_batches",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    messageId: text("message_id").notNull(),
    collectionDate: date("collection_date", { mode: "string" }).notNull(),
    count: integer("count").notNull(),
    totalCents: integer("total_cents").notNull(),
    file: text("file").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("direct_debit_batches_message_key").on(t.messageId),
    index("direct_debit_batches_idx").on(t.werkplaatsId, t.createdAt),
  ],
);

/**
 * An invoice put in a direct debit file. While it is not returned the invoice is "in incasso":
 * the partial unique index keeps it out of a second file, whatever the code does.
 */
export const directDebitCollections = pgTable(
  "direct_debit_collections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    batchId: uuid("batch_id")
      .notNull()
      .references(() => directDebitBatches.id, { onDelete: "restrict" }),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "restrict" }),
    mandateId: uuid("mandate_id")
      .notNull()
      .references(() => directDebitMandates.id, { onDelete: "restrict" }),
    sequence: text("sequence").notNull(),
    amountCents: integer("amount_cents").notNull(),
    endToEndId: text("end_to_end_id").notNull(),
    returnedAt: timestamp("returned_at", { withTimezone: true }),
    returnReason: text("return_reason"),
  },
  (t) => [
    uniqueIndex("direct_debit_collections_e2e_key").on(t.werkplaatsId, t.endToEndId),
    uniqueIndex("direct_debit_collections_open_key").on(t.invoiceId).where(sql`${t.returnedAt} is null`),
    index("direct_debit_collections_batch_idx").on(t.batchId),
    index("direct_debit_collections_mandate_idx").on(t.mandateId),
    check("direct_debit_collections_sequence", sql`${t.sequence} in ('FRST', 'RCUR')`),
    check("direct_debit_collections_amount", sql`${t.amountCents} > 0`),
  ],
);

/**
 * A payment undone: a returned direct debit (storno) or a transfer the bank took back. The
 * payment row stays (the audit keeps seven years); this row says when, why and what undid it.
 */
export const paymentReversals = pgTable(
  "payment_reversals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    paymentId: uuid("payment_id")
      .notNull()
      .references(() => payments.id, { onDelete: "restrict" }),
    /** The SEPA return reason (AC04, MD06, MS02, …) when the bank gave one. */
    reasonCode: text("reason_code"),
    bankLineId: uuid("bank_line_id").references(() => bankLines.id, { onDelete: "set null" }),
    reversedBy: uuid("reversed_by").references(() => users.id, { onDelete: "set null" }),
    reversedAt: timestamp("reversed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("payment_reversals_payment_key").on(t.paymentId)],
);
