import { sql } from "drizzle-orm";
import { check, foreignKey, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { memberProfiles } from "./directory";
import { werkplaatsen } from "./werkplaats";

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
