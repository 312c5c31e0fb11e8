import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { billingParties, invoices } from "./billing";
import { werkplaatsen } from "./werkplaats";

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(", "));

/**
 * Where an automatic collection stands: queued (the PaymentIntent is being created), processing
 * (SEPA takes days), succeeded, or failed (the invoice is open again and the party was told).
 */
export const stripeCollectionStatuses = ["queued", "processing", "succeeded", "failed"] as const;
export type StripeCollectionStatus = (typeof stripeCollectionStatuses)[number];

/**
 * An invoice collected off-session with the party's saved method, at most once (the invoice is
 * the key, and the PaymentIntent's idempotency key is derived from it). While a collection is not
 * failed, a trigger keeps the invoice out of a bank incasso file, and an invoice in an incasso
 * file out of a collection: one invoice is never debited on both rails.
 */
export const stripeCollections = pgTable(
  "stripe_collections",
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
    paymentMethodId: text("payment_method_id").notNull(),
    methodKind: text("method_kind").notNull(),
    amountCents: integer("amount_cents").notNull(),
    paymentIntentId: text("payment_intent_id"),
    status: text("status").notNull().default("queued"),
    failureReason: text("failure_reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("stripe_collections_invoice_key").on(t.invoiceId),
    uniqueIndex("stripe_collections_payment_intent_key").on(t.paymentIntentId),
    index("stripe_collections_werkplaats_idx").on(t.werkplaatsId, t.createdAt),
    check("stripe_collections_status", sql`${t.status} in (${inList(stripeCollectionStatuses)})`),
    check("stripe_collections_amount", sql`${t.amountCents} > 0`),
    check("stripe_collections_method_kind", sql`${t.methodKind} in ('sepa_debit', 'card')`),
  ],
);
