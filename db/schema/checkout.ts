import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { areas } from "./desks";
import { events, registrations } from "./events";
import { invoices } from "./billing";
import { dayPasses } from "./presence";
import { companies } from "./companies";
import { memberships, plans } from "./memberships";
import { werkplaatsen } from "./werkplaats";

/**
 * A place held while its buyer pays at Stripe Checkout: a seat at an event (`ticket`) or a flex
 * spot on a day (`daypass`), or a strippenkaart being bought (`strippenkaart`: nothing scarce, but
 * the card exists only once paid). A pending hold counts for the event's or the area's capacity until
 * `expires_at` (thirty minutes), so a guest at the payment page keeps their place and nobody else
 * can take it; `checkout.session.completed` confirms it (the registration or day pass, its
 * invoice and the payment), `checkout.session.expired` or the maintenance job releases it.
 * The buyer's details wait here until then: a registration or pass exists only for a paid place.
 */
export const saleHolds = pgTable(
  "sale_holds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    eventId: uuid("event_id").references(() => events.id, { onDelete: "cascade" }),
    /** A day pass's day and the area whose spot is held. */
    day: date("day", { mode: "string" }),
    areaId: uuid("area_id").references(() => areas.id, { onDelete: "cascade" }),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    email: text("email").notNull(),
    organisation: text("organisation"),
    locale: text("locale").notNull().default("nl"),
    consentAt: timestamp("consent_at", { withTimezone: true }),
    /** The price excl. BTW at the moment of holding, and what Checkout asks (incl. BTW). */
    priceCents: integer("price_cents").notNull(),
    amountCents: integer("amount_cents").notNull(),
    status: text("status").notNull().default("pending"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    checkoutSessionId: text("checkout_session_id"),
    registrationId: uuid("registration_id").references(() => registrations.id, { onDelete: "set null" }),
    dayPassId: uuid("day_pass_id").references(() => dayPasses.id, { onDelete: "set null" }),
    /** A strippenkaart's plan and who pays (the buyer's company, or themselves); `day` is its first day. */
    planId: uuid("plan_id").references(() => plans.id, { onDelete: "cascade" }),
    companyId: uuid("company_id").references(() => companies.id, { onDelete: "set null" }),
    membershipId: uuid("membership_id").references(() => memberships.id, { onDelete: "set null" }),
    settledAt: timestamp("settled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("sale_holds_event_idx").on(t.eventId, t.status, t.expiresAt),
    index("sale_holds_pending_idx").on(t.expiresAt).where(sql`${t.status} = 'pending'`),
    uniqueIndex("sale_holds_session_key").on(t.checkoutSessionId),
    uniqueIndex("sale_holds_registration_key").on(t.registrationId),
    uniqueIndex("sale_holds_day_pass_key").on(t.dayPassId),
    uniqueIndex("sale_holds_membership_key").on(t.membershipId),
    // One strippenkaart being paid per person per werkplaats: a second tab does not buy a second card.
    uniqueIndex("sale_holds_strippenkaart_buyer_key")
      .on(t.werkplaatsId, t.userId)
      .where(sql`${t.status} = 'pending' and ${t.kind} = 'strippenkaart'`),
    index("sale_holds_area_idx").on(t.areaId, t.day).where(sql`${t.status} = 'pending'`),
    // One live hold per address per event: a second tab does not take a second seat.
    uniqueIndex("sale_holds_event_email_key").on(t.eventId, t.email).where(sql`${t.status} = 'pending'`),
    // One live day-pass hold per address per day: a second tab does not take a second spot.
    uniqueIndex("sale_holds_day_email_key")
      .on(t.werkplaatsId, t.day, t.email)
      .where(sql`${t.status} = 'pending' and ${t.kind} = 'daypass'`),
    check("sale_holds_kind", sql`${t.kind} in ('ticket', 'daypass', 'strippenkaart')`),
    check("sale_holds_ticket_event", sql`${t.kind} <> 'ticket' or ${t.eventId} is not null`),
    check("sale_holds_daypass_spot", sql`${t.kind} <> 'daypass' or (${t.day} is not null and ${t.areaId} is not null)`),
    check(
      "sale_holds_strippenkaart_card",
      // The buyer is needed while paying (the card is theirs); a deleted account later leaves the record.
      sql`${t.kind} <> 'strippenkaart' or (${t.planId} is not null and ${t.day} is not null and (${t.status} <> 'pending' or ${t.userId} is not null))`,
    ),
    // refunded: paid after the hold lapsed with no spot left, so nothing was sold and the money goes back.
    check("sale_holds_status", sql`${t.status} in ('pending', 'confirmed', 'released', 'refunded')`),
    check("sale_holds_amounts", sql`${t.priceCents} > 0 and ${t.amountCents} > 0`),
    check("sale_holds_email_lower", sql`${t.email} = lower(${t.email})`),
    check("sale_holds_settled", sql`(${t.status} = 'pending') = (${t.settledAt} is null)`),
  ],
);

/**
 * A request to pay an amount the payer chooses (pay-what-you-want): a purpose, a minimum and a
 * suggestion. Its public page is reached by `token`. Each payment attempt is a Checkout Session;
 * the one that completes is invoiced and paid on the ledger (`invoice_id`), once.
 */
export const paymentRequests = pgTable(
  "payment_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    token: text("token").notNull(),
    purpose: text("purpose").notNull(),
    /** Who asks it (e.g. `internship:<id>`), so the asking module finds its own requests back. */
    subjectKey: text("subject_key"),
    minimumCents: integer("minimum_cents").notNull(),
    suggestedCents: integer("suggested_cents").notNull(),
    maximumCents: integer("maximum_cents").notNull(),
    btwRate: integer("btw_rate").notNull().default(21),
    payerName: text("payer_name"),
    payerEmail: text("payer_email"),
    locale: text("locale").notNull().default("nl"),
    status: text("status").notNull().default("open"),
    amountCents: integer("amount_cents"),
    checkoutSessionId: text("checkout_session_id"),
    invoiceId: uuid("invoice_id").references(() => invoices.id, { onDelete: "restrict" }),
    paidAt: timestamp("paid_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("payment_requests_token_key").on(t.token),
    uniqueIndex("payment_requests_invoice_key").on(t.invoiceId),
    uniqueIndex("payment_requests_subject_key").on(t.werkplaatsId, t.subjectKey),
    check("payment_requests_status", sql`${t.status} in ('open', 'paid', 'cancelled')`),
    check(
      "payment_requests_amounts",
      sql`${t.minimumCents} >= 100 and ${t.suggestedCents} >= ${t.minimumCents} and ${t.maximumCents} >= ${t.suggestedCents} and ${t.maximumCents} <= 10000000`,
    ),
    check("payment_requests_btw", sql`${t.btwRate} in (0, 9, 21)`),
    check("payment_requests_paid", sql`(${t.status} = 'paid') = (${t.invoiceId} is not null)`),
    check("payment_requests_amount", sql`${t.amountCents} is null or ${t.amountCents} between ${t.minimumCents} and ${t.maximumCents}`),
  ],
);

export type SaleHold = typeof saleHolds.$inferSelect;
export type PaymentRequest = typeof paymentRequests.$inferSelect;
