import { sql } from "drizzle-orm";
import { boolean, check, customType, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { werkplaatsen } from "./werkplaats";

/** Raw bytes; PGlite hands back a Uint8Array, postgres.js a Buffer: both become a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});

/**
 * A member's entry in the member directory: opt-in (hidden until the member turns it on), with
 * expertise tags. Whether they volunteer for student teams, and how many hours a month, is their
 * expert profile (experts.ts); experts are matched to trajectories on these tags.
 */
export const memberProfiles = pgTable(
  "member_profiles",
  {
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    visible: boolean("visible").notNull().default(false),
    headline: text("headline").notNull().default(""),
    bio: text("bio").notNull().default(""),
    website: text("website"),
    /** Lower-case tags, e.g. {'webshops', 'cyber security'}. */
    expertise: text("expertise").array().notNull().default(sql`'{}'::text[]`),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.werkplaatsId, t.userId] }), index("member_profiles_expertise_idx").using("gin", t.expertise)],
);

/** A small profile photo, kept apart so directory queries stay light. */
export const profilePhotos = pgTable(
  "profile_photos",
  {
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    contentType: text("content_type").notNull(),
    data: bytea("data").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.werkplaatsId, t.userId] }),
    check("profile_photos_type", sql`${t.contentType} in ('image/png', 'image/jpeg', 'image/webp')`),
  ],
);
