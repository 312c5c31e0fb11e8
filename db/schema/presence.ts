import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { areas } from "./desks";
import { memberships, plans } from "./memberships";
import { werkplaatsen } from "./werkplaats";

/**
 * A day pass for a non-member: a flex spot for one day and a check-in code. Payment comes with
 * the billing issue; until then `paid_at` stays null and the pass is shown as unpaid.
 */
export const dayPasses = pgTable(
  "day_passes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "restrict" }),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    guestName: text("guest_name").notNull(),
    guestEmail: text("guest_email").notNull(),
    day: date("day", { mode: "string" }).notNull(),
    areaId: uuid("area_id")
      .notNull()
      .references(() => areas.id, { onDelete: "restrict" }),
    code: text("code").notNull(),
    /** Price and BTW rate as sold, so a later price change does not rewrite history. */
    priceCents: integer("price_cents").notNull(),
    btwRate: integer("btw_rate").notNull(),
    status: text("status").notNull().default("valid"),
    paidAt: timestamp("paid_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("day_passes_code_key").on(t.werkplaatsId, t.code),
    index("day_passes_day_idx").on(t.werkplaatsId, t.day),
    index("day_passes_user_idx").on(t.userId),
    // Until payment exists: one unpaid pass per guest (address) per day.
    uniqueIndex("day_passes_one_unpaid_per_day")
      .on(t.werkplaatsId, t.guestEmail, t.day)
      .where(sql`${t.status} = 'valid' and ${t.paidAt} is null`),
    check("day_passes_status", sql`${t.status} in ('valid', 'cancelled')`),
    check("day_passes_code_format", sql`${t.code} ~ '^[A-Z0-9]{6}$'`),
    check("day_passes_email_lower", sql`${t.guestEmail} = lower(${t.guestEmail})`),
  ],
);

/**
 * A flex spot in an area for one day, held through a membership (flex plan, strippenkaart) or a
 * day pass. An area's capacity per day is kept by a row lock on the area (see the presence module).
 */
export const flexReservations = pgTable(
  "flex_reservations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    areaId: uuid("area_id")
      .notNull()
      .references(() => areas.id, { onDelete: "restrict" }),
    day: date("day", { mode: "string" }).notNull(),
    /** The person; null only for a day pass of a walk-in guest without an account. */
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    membershipId: uuid("membership_id").references(() => memberships.id, { onDelete: "cascade" }),
    dayPassId: uuid("day_pass_id").references(() => dayPasses.id, { onDelete: "cascade" }),
    status: text("status").notNull().default("reserved"),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelledBy: uuid("cancelled_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("flex_reservations_area_day_idx").on(t.areaId, t.day).where(sql`${t.status} = 'reserved'`),
    index("flex_reservations_membership_idx").on(t.membershipId, t.day),
    // One flex spot per person per day, and one per day pass.
    uniqueIndex("flex_reservations_one_per_person")
      .on(t.werkplaatsId, t.userId, t.day)
      .where(sql`${t.status} = 'reserved' and ${t.userId} is not null`),
    uniqueIndex("flex_reservations_one_per_pass").on(t.dayPassId).where(sql`${t.status} = 'reserved'`),
    check("flex_reservations_status", sql`${t.status} in ('reserved', 'cancelled')`),
    check("flex_reservations_entitlement", sql`(${t.membershipId} is null) <> (${t.dayPassId} is null)`),
  ],
);

/** Someone is in today: a member (self or at reception) or a day-pass holder. Once per person per day. */
export const checkIns = pgTable(
  "check_ins",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    membershipId: uuid("membership_id").references(() => memberships.id, { onDelete: "cascade" }),
    dayPassId: uuid("day_pass_id").references(() => dayPasses.id, { onDelete: "cascade" }),
    reservationId: uuid("reservation_id").references(() => flexReservations.id, { onDelete: "set null" }),
    method: text("method").notNull(),
    checkedInAt: timestamp("checked_in_at", { withTimezone: true }).notNull().defaultNow(),
    checkedInBy: uuid("checked_in_by").references(() => users.id, { onDelete: "set null" }),
    checkedOutAt: timestamp("checked_out_at", { withTimezone: true }),
  },
  (t) => [
    index("check_ins_day_idx").on(t.werkplaatsId, t.day),
    uniqueIndex("check_ins_once_per_person").on(t.werkplaatsId, t.userId, t.day).where(sql`${t.userId} is not null`),
    uniqueIndex("check_ins_once_per_pass").on(t.dayPassId).where(sql`${t.dayPassId} is not null`),
    check("check_ins_method", sql`${t.method} in ('self', 'reception')`),
    check("check_ins_who", sql`${t.userId} is not null or ${t.dayPassId} is not null`),
  ],
);

export type NewCheckInRow = typeof checkIns.$inferInsert;
