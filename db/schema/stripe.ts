import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { billingParties, invoices, payments } from "./billing";
import { werkplaatsen } from "./werkplaats";

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(", "));

/** What became of a webhook: acted on, nothing to act on (an object we do not know), or the handler failed and Stripe will resend it. */
export const stripeEventOutcomes = ["handled", "ignored", "failed"] as const;
export type StripeEventOutcome = (typeof stripeEventOutcomes)[number];

/**
 * Every webhook Stripe sent, by Stripe's event id. The primary key is what makes a webhook act
 * once: a delivery inserts its row before acting, a second delivery of the same event finds the
 * row (locked while the first acts) and only answers 200.
 */
export const stripeEvents = pgTable(
  "stripe_events",
  {
    id: text("id").primaryKey(),
    type: text("type").notNull(),
    /** The id of the object the event is about (cs_…, pi_…, ch_…, po_…). */
    objectId: text("object_id").notNull(),
    /** From the object's metadata, when it names one of ours; null for account-wide events. */
    werkplaatsId: uuid("werkplaats_id").references(() => werkplaatsen.id, { onDelete: "set null" }),
    livemode: boolean("livemode").notNull(),
    /** When Stripe created the event (not when it arrived: replays arrive days later). */
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    attempts: integer("attempts").notNull().default(0),
    handledAt: timestamp("handled_at", { withTimezone: true }),
    outcome: text("outcome"),
    lastError: text("last_error"),
  },
  (t) => [
    index("stripe_events_received_idx").on(t.receivedAt),
    index("stripe_events_object_idx").on(t.objectId),
    check("stripe_events_outcome", sql`${t.outcome} is null or ${t.outcome} in (${inList(stripeEventOutcomes)})`),
    check("stripe_events_handled", sql`(${t.handledAt} is not null) = (${t.outcome} in ('handled', 'ignored'))`),
  ],
);

/** A queued call: waiting (or retrying), done, or refused by Stripe (a 4xx that no retry changes). */
export const stripeCallStatuses = ["pending", "done", "refused"] as const;
export type StripeCallStatus = (typeof stripeCallStatuses)[number];

/**
 * Every call that creates something at Stripe, queued here first. The idempotency key is derived
 * from our own record (an invoice, a credit note) and unique, so a retry after an outage sends the
 * same key and Stripe creates the thing once.
 */
export const stripeCalls = pgTable(
  "stripe_calls",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    /** Which registered call this is (e.g. `checkout.invoice`, `payment_intent.collect`, `refund.credit_note`). */
    kind: text("kind").notNull(),
    idempotencyKey: text("idempotency_key").notNull(),
    params: jsonb("params").$type<Record<string, unknown>>().notNull(),
    status: text("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextTryAt: timestamp("next_try_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    /** The id of what Stripe created (cs_…, pi_…, re_…) and the object itself. */
    resultId: text("result_id"),
    result: jsonb("result").$type<Record<string, unknown>>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    doneAt: timestamp("done_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("stripe_calls_idempotency_key").on(t.idempotencyKey),
    index("stripe_calls_due_idx").on(t.nextTryAt).where(sql`${t.status} = 'pending'`),
    index("stripe_calls_werkplaats_idx").on(t.werkplaatsId, t.createdAt),
    check("stripe_calls_status", sql`${t.status} in (${inList(stripeCallStatuses)})`),
    check("stripe_calls_done", sql`(${t.status} = 'done') = (${t.doneAt} is not null)`),
  ],
);

/** A saved method that can be collected off-session. */
export const stripeMethodKinds = ["sepa_debit", "card"] as const;
export type StripeMethodKind = (typeof stripeMethodKinds)[number];

/** A billing party's Stripe customer, and the method saved for automatic collection (if any). */
export const stripeCustomers = pgTable(
  "stripe_customers",
  {
    partyId: uuid("party_id")
      .primaryKey()
      .references(() => billingParties.id, { onDelete: "cascade" }),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    customerId: text("customer_id").notNull(),
    paymentMethodId: text("payment_method_id"),
    methodKind: text("method_kind"),
    /** What the member recognises: "SEPA •••• 3000", "Visa •••• 4242". */
    methodLabel: text("method_label"),
    mandateId: text("mandate_id"),
    /** When the method was saved: invoices issued from then on are collected with it, earlier ones are not. */
    methodSavedAt: timestamp("method_saved_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("stripe_customers_customer_key").on(t.customerId),
    check("stripe_customers_method_kind", sql`${t.methodKind} is null or ${t.methodKind} in (${inList(stripeMethodKinds)})`),
    check("stripe_customers_method", sql`(${t.paymentMethodId} is null) = (${t.methodKind} is null)`),
    check("stripe_customers_method_saved", sql`(${t.paymentMethodId} is null) = (${t.methodSavedAt} is null)`),
  ],
);

/** Where a Stripe payment of an invoice stands; SEPA stays `processing` for days. */
export const stripePaymentStatuses = ["processing", "succeeded", "failed", "disputed"] as const;
export type StripePaymentStatus = (typeof stripePaymentStatuses)[number];

/**
 * One PaymentIntent that pays an invoice (from Checkout or collected off-session). Keyed by the
 * PaymentIntent, so `checkout.session.completed` and `payment_intent.succeeded` for the same money
 * (in either order, each any number of times) book one payment; `payment_id` is unique for the same reason.
 */
export const stripePayments = pgTable(
  "stripe_payments",
  {
    paymentIntentId: text("payment_intent_id").primaryKey(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "restrict" }),
    paymentId: uuid("payment_id").references(() => payments.id, { onDelete: "restrict" }),
    chargeId: text("charge_id"),
    amountCents: integer("amount_cents").notNull(),
    status: text("status").notNull(),
    /** How the customer paid: ideal, card, bancontact, sepa_debit. */
    methodType: text("method_type"),
    failureReason: text("failure_reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("stripe_payments_payment_key").on(t.paymentId),
    uniqueIndex("stripe_payments_charge_key").on(t.chargeId),
    index("stripe_payments_invoice_idx").on(t.invoiceId),
    check("stripe_payments_status", sql`${t.status} in (${inList(stripePaymentStatuses)})`),
    check("stripe_payments_amount", sql`${t.amountCents} > 0`),
    check("stripe_payments_booked", sql`${t.status} <> 'succeeded' or ${t.paymentId} is not null`),
  ],
);

/** Where a refund came from: our credit note, or Stripe's dashboard (a proposal for the manager). */
export const stripeRefundSources = ["credit_note", "dashboard"] as const;

/**
 * A refund of a Stripe payment. One per credit note (the credit note is the idempotency key), and
 * one per Stripe refund id, so a `charge.refunded` for a refund we asked for is not proposed again.
 */
export const stripeRefunds = pgTable(
  "stripe_refunds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    invoiceId: uuid("invoice_id")
      .notNull()
      .references(() => invoices.id, { onDelete: "restrict" }),
    creditNoteId: uuid("credit_note_id").references(() => invoices.id, { onDelete: "restrict" }),
    paymentIntentId: text("payment_intent_id").notNull(),
    refundId: text("refund_id"),
    amountCents: integer("amount_cents").notNull(),
    source: text("source").notNull(),
    /** Stripe refused our refund call (a 4xx): nothing went back, so it counts as refunded no more. */
    refusedAt: timestamp("refused_at", { withTimezone: true }),
    /** For a dashboard refund: when the manager made the credit note or dismissed the proposal. */
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("stripe_refunds_credit_note_key").on(t.creditNoteId),
    uniqueIndex("stripe_refunds_refund_key").on(t.refundId),
    index("stripe_refunds_werkplaats_idx").on(t.werkplaatsId, t.createdAt),
    check("stripe_refunds_source", sql`${t.source} in (${inList(stripeRefundSources)})`),
    check("stripe_refunds_amount", sql`${t.amountCents} > 0`),
  ],
);

/** A payout Stripe made to the werkplaats's bank account: what the bank statement shows as one credit. */
export const stripePayouts = pgTable("stripe_payouts", {
  id: text("id").primaryKey(),
  amountCents: integer("amount_cents").notNull(),
  arrivalDate: date("arrival_date", { mode: "string" }).notNull(),
  status: text("status").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** One balance transaction in a payout: a payment (with Stripe's fee) or a refund, tied to our invoice when it is one. */
export const stripePayoutLines = pgTable(
  "stripe_payout_lines",
  {
    balanceTransactionId: text("balance_transaction_id").primaryKey(),
    payoutId: text("payout_id")
      .notNull()
      .references(() => stripePayouts.id, { onDelete: "cascade" }),
    werkplaatsId: uuid("werkplaats_id").references(() => werkplaatsen.id, { onDelete: "cascade" }),
    invoiceId: uuid("invoice_id").references(() => invoices.id, { onDelete: "restrict" }),
    type: text("type").notNull(),
    sourceId: text("source_id"),
    amountCents: integer("amount_cents").notNull(),
    feeCents: integer("fee_cents").notNull(),
    netCents: integer("net_cents").notNull(),
    availableOn: date("available_on", { mode: "string" }).notNull(),
  },
  (t) => [
    index("stripe_payout_lines_payout_idx").on(t.payoutId),
    index("stripe_payout_lines_werkplaats_idx").on(t.werkplaatsId),
    check("stripe_payout_lines_net", sql`${t.netCents} = ${t.amountCents} - ${t.feeCents}`),
  ],
);
