import { sql } from "drizzle-orm";
import { check, date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { memberProfiles } from "./directory";
import { trajectoryExpertStatuses } from "./enums";
import { werkplaatsen } from "./werkplaats";
import { trajectories } from "./workshop";

/**
 * A resident who opted in (in the directory) to help student teams: the hours a month they offer
 * and the languages they coach in. Their expertise tags stay on the directory profile, one set for
 * both. This row is also what inviting an expert locks, so two invitations for the last free hour
 * cannot both pass (see the trigger in the migration).
 */
export const expertProfiles = pgTable(
  "expert_profiles",
  {
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    hoursPerMonth: integer("hours_per_month").notNull(),
    /** ISO 639-1 codes, e.g. {nl,en}. */
    languages: text("languages").array().notNull().default(sql`'{nl}'::text[]`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.werkplaatsId, t.userId] }),
    foreignKey({
      name: "expert_profiles_member_profile_fk",
      columns: [t.werkplaatsId, t.userId],
      foreignColumns: [memberProfiles.werkplaatsId, memberProfiles.userId],
    }).onDelete("cascade"),
    check("expert_profiles_hours", sql`${t.hoursPerMonth} between 1 and 160`),
    check("expert_profiles_languages", sql`cardinality(${t.languages}) between 1 and 6`),
  ],
);

/** What the manager sets for the expert pool: the value of an expert hour given in kind. */
export const expertSettings = pgTable(
  "expert_settings",
  {
    werkplaatsId: uuid("werkplaats_id")
      .primaryKey()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    inKindHourRateCents: integer("in_kind_hour_rate_cents").notNull(),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("expert_settings_rate", sql`${t.inKindHourRateCents} between 0 and 100000`)],
);

/**
 * An expert on a trajectory: invited by staff for some hours a month over a period (the
 * trajectory's, unless staff narrow it), then accepted or declined by the expert. Invited and
 * accepted places count against the expert's monthly hours; a trigger that locks the expert's
 * profile row refuses any month that would go over (see the migration).
 */
export const trajectoryExperts = pgTable(
  "trajectory_experts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id").notNull(),
    trajectoryId: uuid("trajectory_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    hoursPerMonth: integer("hours_per_month").notNull(),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    status: text("status", { enum: trajectoryExpertStatuses }).notNull().default("invited"),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    invitedAt: timestamp("invited_at", { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("trajectory_experts_trajectory_user_key").on(t.trajectoryId, t.userId),
    index("trajectory_experts_user_idx").on(t.werkplaatsId, t.userId, t.status),
    foreignKey({
      name: "trajectory_experts_trajectory_fk",
      columns: [t.trajectoryId, t.werkplaatsId],
      foreignColumns: [trajectories.id, trajectories.werkplaatsId],
    }).onDelete("cascade"),
    check("trajectory_experts_hours", sql`${t.hoursPerMonth} between 1 and 160`),
    check("trajectory_experts_period", sql`${t.startsOn} <= ${t.endsOn}`),
    check("trajectory_experts_status", sql`${t.status} in ('invited', 'accepted', 'declined', 'ended')`),
    check("trajectory_experts_answered", sql`(${t.status} = 'invited') = (${t.answeredAt} is null)`),
  ],
);
