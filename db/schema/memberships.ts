import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { companies } from "./companies";
import { werkplaatsen } from "./werkplaats";
import {
  membershipEventKinds,
  membershipStatuses,
  planKinds,
  type MembershipEventKind,
  type MembershipStatus,
  type PlanKind,
} from "./enums";

const inList = (values: readonly (string | number)[]) => sql.raw(values.map((v) => (typeof v === "number" ? v : `'${v}'`)).join(", "));

/** An abonnement: what a member pays per month (excl. BTW) and what it includes. */
export const plans = pgTable(
  "plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    nameNl: text("name_nl").notNull(),
    nameEn: text("name_en").notNull(),
    descriptionNl: text("description_nl").notNull().default(""),
    descriptionEn: text("description_en").notNull().default(""),
    kind: text("kind").$type<PlanKind>().notNull(),
    /** Per month for recurring kinds; per day for a day pass; per card for a strippenkaart. Excl. BTW. */
    priceCents: integer("price_cents").notNull(),
    btwRate: integer("btw_rate").notNull().default(21),
    includedRoomMinutes: integer("included_room_minutes").notNull().default(0),
    /** Days per ISO week a holder may use a flex spot; null = every day the space is open. */
    accessDaysPerWeek: integer("access_days_per_week"),
    /** Strippenkaart: N days to use within M months. */
    stripDays: integer("strip_days"),
    stripValidityMonths: integer("strip_validity_months"),
    minimumTermMonths: integer("minimum_term_months").notNull().default(0),
    noticePeriodMonths: integer("notice_period_months").notNull().default(0),
    depositCents: integer("deposit_cents").notNull().default(0),
    isPublic: boolean("is_public").notNull().default(true),
    sortOrder: integer("sort_order").notNull().default(0),
    /** Archived plans are not offered any more; their memberships carry on. */
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("plans_werkplaats_idx").on(t.werkplaatsId, t.sortOrder),
    check("plans_kind", sql`${t.kind} in (${inList(planKinds)})`),
    check("plans_btw_rate", sql`${t.btwRate} in (21, 9, 0)`),
    check("plans_amounts", sql`${t.priceCents} >= 0 and ${t.depositCents} >= 0 and ${t.includedRoomMinutes} >= 0`),
    check("plans_terms", sql`${t.minimumTermMonths} between 0 and 60 and ${t.noticePeriodMonths} between 0 and 12`),
    check("plans_access_days", sql`${t.accessDaysPerWeek} is null or ${t.accessDaysPerWeek} between 1 and 7`),
    check(
      "plans_strippenkaart",
      sql`(${t.kind} = 'strippenkaart') = (${t.stripDays} is not null and ${t.stripValidityMonths} is not null)`,
    ),
    check(
      "plans_strip_values",
      sql`${t.stripDays} is null or (${t.stripDays} between 1 and 365 and ${t.stripValidityMonths} between 1 and 36)`,
    ),
  ],
);

/**
 * A person's membership. `status` is the decision (pending → active or declined; withdrawn by the
 * applicant); whether an active membership has started, is paused or has ended follows from its
 * dates, so nothing has to flip at midnight. The plan over time lives in membership_periods.
 */
export const memberships = pgTable(
  "memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    /** Invoiced to this company; null = in the member's own name. */
    companyId: uuid("company_id").references(() => companies.id, { onDelete: "set null" }),
    status: text("status").$type<MembershipStatus>().notNull().default("pending"),
    startDate: date("start_date", { mode: "string" }).notNull(),
    /** The last day (inclusive); set by a cancellation or, for a strippenkaart, by its validity. */
    endDate: date("end_date", { mode: "string" }),
    motivation: text("motivation"),
    appliedAt: timestamp("applied_at", { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    declineReason: text("decline_reason"),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelledBy: uuid("cancelled_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("memberships_werkplaats_idx").on(t.werkplaatsId, t.status),
    index("memberships_user_idx").on(t.userId),
    index("memberships_company_idx").on(t.companyId),
    // One open application per person per werkplaats.
    uniqueIndex("memberships_one_pending").on(t.werkplaatsId, t.userId).where(sql`${t.status} = 'pending'`),
    check("memberships_status", sql`${t.status} in (${inList(membershipStatuses)})`),
    check("memberships_dates", sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
  ],
);

/** Which plan a membership is on from when to when (a plan change ends one period and starts the next). */
export const membershipPeriods = pgTable(
  "membership_periods",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    membershipId: uuid("membership_id")
      .notNull()
      .references(() => memberships.id, { onDelete: "cascade" }),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "restrict" }),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    /** Inclusive; null = open-ended. */
    endsOn: date("ends_on", { mode: "string" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("membership_periods_membership_idx").on(t.membershipId, t.startsOn),
    index("membership_periods_plan_idx").on(t.planId),
    check("membership_periods_dates", sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
    // No two periods of one membership overlap: exclusion constraint in the custom migration.
  ],
);

/** A pause from–to (inclusive): not billed, no flex reservations. */
export const membershipPauses = pgTable(
  "membership_pauses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    membershipId: uuid("membership_id")
      .notNull()
      .references(() => memberships.id, { onDelete: "cascade" }),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    reason: text("reason"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("membership_pauses_membership_idx").on(t.membershipId, t.startsOn),
    check("membership_pauses_dates", sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** The history of a membership: who did what when. Written in the same transaction as the change. */
export const membershipEvents = pgTable(
  "membership_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    membershipId: uuid("membership_id")
      .notNull()
      .references(() => memberships.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    kind: text("kind").$type<MembershipEventKind>().notNull(),
    details: jsonb("details").$type<Record<string, string | number | null>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Insertion order: breaks ties between events written in the same instant. */
    seq: integer("seq").generatedAlwaysAsIdentity(),
  },
  (t) => [
    index("membership_events_membership_idx").on(t.membershipId, t.createdAt),
    check("membership_events_kind", sql`${t.kind} in (${inList(membershipEventKinds)})`),
  ],
);

export type PlanRow = typeof plans.$inferSelect;
export type NewPlanRow = typeof plans.$inferInsert;
export type MembershipRow = typeof memberships.$inferSelect;
