import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { billingParties, invoices } from "./billing";
import { bytea } from "./bytea";
import { events } from "./events";
import { werkplaatsen } from "./werkplaats";
import {
  agreementForms,
  budgetKinds,
  costKinds,
  inKindKinds,
  instalmentSchedules,
  partnerKinds,
  subsidySources,
  supportRoles,
} from "./partner-enums";

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(", "));

export const partners = pgTable(
  "partners",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    website: text("website"),
    email: text("email"),
    logo: bytea("logo"),
    logoMimeType: text("logo_mime_type"),
    /** Shown with logo and link on the public impact page. */
    published: boolean("published").notNull().default(true),
    /** Who the cash instalments are invoiced to; made with the partner. */
    partyId: uuid("party_id").references(() => billingParties.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("partners_name_key").on(t.werkplaatsId, sql`lower(${t.name})`),
    unique("partners_id_werkplaats_key").on(t.id, t.werkplaatsId),
    check("partners_kind", sql`${t.kind} in (${inList(partnerKinds)})`),
    check("partners_website", sql`${t.website} is null or (${t.website} ~ '^https?://[^[:space:]]+$' and length(${t.website}) <= 300)`),
    check(
      "partners_logo",
      sql`(${t.logo} is null) = (${t.logoMimeType} is null) and (${t.logoMimeType} is null or ${t.logoMimeType} in ('image/png', 'image/jpeg'))`,
    ),
  ],
);

/** Which accounts speak for a partner (invited with the role partner); they see the partner's own contributions. */
export const partnerContacts = pgTable(
  "partner_contacts",
  {
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    /** Lower-case, as accounts store it: the contact's account is found by its confirmed address. */
    email: text("email").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("partner_contacts_key").on(t.partnerId, t.email), index("partner_contacts_email_idx").on(t.email)],
);

export const partnerAgreements = pgTable(
  "partner_agreements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    partnerId: uuid("partner_id").notNull(),
    title: text("title").notNull(),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    yearlyCents: integer("yearly_cents").notNull(),
    form: text("form").notNull(),
    schedule: text("schedule").notNull(),
    /** What the partner gets in return: logo placement, room use, a jury seat, named events. */
    returns: text("returns").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The partner must be of the same werkplaats: a composite key, not a check in code.
    foreignKey({ columns: [t.partnerId, t.werkplaatsId], foreignColumns: [partners.id, partners.werkplaatsId] }).onDelete("cascade"),
    unique("partner_agreements_id_werkplaats_key").on(t.id, t.werkplaatsId),
    index("partner_agreements_partner_idx").on(t.partnerId),
    check("partner_agreements_period", sql`${t.endsOn} >= ${t.startsOn} and ${t.endsOn} < ${t.startsOn} + interval '10 years'`),
    check("partner_agreements_amount", sql`${t.yearlyCents} > 0 and ${t.yearlyCents} <= 100000000`),
    check("partner_agreements_form", sql`${t.form} in (${inList(agreementForms)})`),
    check("partner_agreements_schedule", sql`${t.schedule} in (${inList(instalmentSchedules)})`),
  ],
);

/**
 * An activity an agreement supports, and what the partner gets there in return (its name on the
 * event, a jury seat, the room it lent). Both keys carry the werkplaats, so an agreement can only
 * name an activity of its own werkplaats, whatever the code does.
 */
export const agreementActivities = pgTable(
  "agreement_activities",
  {
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    agreementId: uuid("agreement_id").notNull(),
    eventId: uuid("event_id").notNull(),
    role: text("role").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.agreementId, t.eventId] }),
    foreignKey({
      name: "agreement_activities_agreement_fk",
      columns: [t.agreementId, t.werkplaatsId],
      foreignColumns: [partnerAgreements.id, partnerAgreements.werkplaatsId],
    }).onDelete("cascade"),
    foreignKey({
      name: "agreement_activities_event_fk",
      columns: [t.eventId, t.werkplaatsId],
      foreignColumns: [events.id, events.werkplaatsId],
    }).onDelete("cascade"),
    index("agreement_activities_event_idx").on(t.eventId),
    check("agreement_activities_role", sql`${t.role} in (${inList(supportRoles)})`),
  ],
);

/**
 * One payment date of an agreement. A cash instalment is invoiced once, on or after its date: the
 * invoice id is unique here and its line's charge key (`instalment:<id>`) is unique in the ledger,
 * so two maintenance runs at once cannot invoice it twice.
 */
export const agreementInstalments = pgTable(
  "agreement_instalments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    agreementId: uuid("agreement_id")
      .notNull()
      .references(() => partnerAgreements.id, { onDelete: "cascade" }),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    amountCents: integer("amount_cents").notNull(),
    invoiceId: uuid("invoice_id").references(() => invoices.id, { onDelete: "restrict" }),
    invoicedAt: timestamp("invoiced_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("agreement_instalments_date_key").on(t.agreementId, t.dueOn),
    uniqueIndex("agreement_instalments_invoice_key").on(t.invoiceId),
    index("agreement_instalments_due_idx").on(t.werkplaatsId, t.dueOn),
    check("agreement_instalments_amount", sql`${t.amountCents} > 0`),
    check("agreement_instalments_invoiced", sql`(${t.invoiceId} is null) = (${t.invoicedAt} is null)`),
  ],
);

/** Hours, a room lent or goods given, valued in euros. Expert hours logged on trajectories are added by the figures, not copied here. */
export const inKindContributions = pgTable(
  "in_kind_contributions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    partnerId: uuid("partner_id").notNull(),
    kind: text("kind").notNull(),
    description: text("description").notNull(),
    givenOn: date("given_on", { mode: "string" }).notNull(),
    hours: numeric("hours", { precision: 8, scale: 2 }),
    valueCents: integer("value_cents").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.partnerId, t.werkplaatsId], foreignColumns: [partners.id, partners.werkplaatsId] }).onDelete("cascade"),
    index("in_kind_contributions_partner_idx").on(t.partnerId),
    index("in_kind_contributions_day_idx").on(t.werkplaatsId, t.givenOn),
    check("in_kind_contributions_kind", sql`${t.kind} in (${inList(inKindKinds)})`),
    check("in_kind_contributions_value", sql`${t.valueCents} >= 0 and ${t.valueCents} <= 100000000`),
    check("in_kind_contributions_hours", sql`(${t.kind} = 'hours') = (${t.hours} is not null) and (${t.hours} is null or ${t.hours} > 0)`),
  ],
);

export const subsidies = pgTable(
  "subsidies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    source: text("source").notNull(),
    name: text("name").notNull(),
    amountCents: integer("amount_cents").notNull(),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    conditions: text("conditions").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("subsidies_id_werkplaats_key").on(t.id, t.werkplaatsId),
    check("subsidies_source", sql`${t.source} in (${inList(subsidySources)})`),
    check("subsidies_amount", sql`${t.amountCents} > 0 and ${t.amountCents} <= 1000000000`),
    check("subsidies_period", sql`${t.endsOn} >= ${t.startsOn} and ${t.endsOn} < ${t.startsOn} + interval '10 years'`),
  ],
);

/** A report the subsidy giver expects; the manager is reminded a fortnight before, once. */
export const subsidyDeadlines = pgTable(
  "subsidy_deadlines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    subsidyId: uuid("subsidy_id")
      .notNull()
      .references(() => subsidies.id, { onDelete: "cascade" }),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    what: text("what").notNull(),
    remindedAt: timestamp("reminded_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("subsidy_deadlines_key").on(t.subsidyId, t.dueOn, t.what), index("subsidy_deadlines_due_idx").on(t.dueOn)],
);

/** What the location cost in one month, per kind; `month` is the first day of the month. */
export const locationCosts = pgTable(
  "location_costs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    month: date("month", { mode: "string" }).notNull(),
    kind: text("kind").notNull(),
    amountCents: integer("amount_cents").notNull(),
    note: text("note").notNull().default(""),
  },
  (t) => [
    uniqueIndex("location_costs_month_key").on(t.werkplaatsId, t.month, t.kind),
    check("location_costs_kind", sql`${t.kind} in (${inList(costKinds)})`),
    check("location_costs_first_of_month", sql`extract(day from ${t.month}) = 1`),
    check("location_costs_amount", sql`${t.amountCents} >= 0 and ${t.amountCents} <= 100000000`),
  ],
);

export const budgetLines = pgTable(
  "budget_lines",
  {
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    kind: text("kind").notNull(),
    amountCents: integer("amount_cents").notNull(),
  },
  (t) => [
    uniqueIndex("budget_lines_key").on(t.werkplaatsId, t.year, t.kind),
    check("budget_lines_kind", sql`${t.kind} in (${inList(budgetKinds)})`),
    check("budget_lines_year", sql`${t.year} between 2000 and 2100`),
    check("budget_lines_amount", sql`${t.amountCents} >= 0 and ${t.amountCents} <= 1000000000`),
  ],
);

/** The manager's choices for the partner side: what the public impact page shows. (The hourly value of expert hours is the workshop's `expert_settings`.) */
export const partnerSettings = pgTable("partner_settings", {
  werkplaatsId: uuid("werkplaats_id")
    .primaryKey()
    .references(() => werkplaatsen.id, { onDelete: "cascade" }),
  publishedFigures: text("published_figures").array().notNull().default(sql`'{}'::text[]`),
});
