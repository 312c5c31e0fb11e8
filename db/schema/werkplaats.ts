import { sql } from "drizzle-orm";
import { check, date, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/** One workshop with its co-working space: the tenant every domain table scopes to. */
export const werkplaatsen = pgTable(
  "werkplaatsen",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    street: text("street").notNull(),
    postalCode: text("postal_code").notNull(),
    city: text("city").notNull(),
    kvkNumber: text("kvk_number").notNull(),
    btwId: text("btw_id").notNull(),
    iban: text("iban").notNull(),
    email: text("email").notNull(),
    timezone: text("timezone").notNull().default("Europe/Amsterdam"),
    defaultLocale: text("default_locale").notNull().default("nl"),
    accentColor: text("accent_color").notNull().default("#1d4ed8"),
    /** ISO weekdays (1 = Monday … 7 = Sunday) the werkplaats is closed every week. */
    closedWeekdays: integer("closed_weekdays").array().notNull().default(sql`'{}'::integer[]`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("werkplaatsen_slug_key").on(t.slug),
    check("werkplaatsen_slug_format", sql`${t.slug} ~ '^[a-z0-9-]{2,40}$'`),
    check("werkplaatsen_kvk_format", sql`${t.kvkNumber} ~ '^[0-9]{8}$'`),
    check("werkplaatsen_locale", sql`${t.defaultLocale} in ('nl', 'en')`),
    check("werkplaatsen_accent_format", sql`${t.accentColor} ~ '^#[0-9a-fA-F]{6}$'`),
    check("werkplaatsen_closed_weekdays", sql`${t.closedWeekdays} <@ array[1, 2, 3, 4, 5, 6, 7]`),
  ],
);

/** A day the werkplaats is closed besides its weekly closed days: a public holiday, a move, a staff day. */
export const closedDays = pgTable(
  "closed_days",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    /** Shown to members as is, e.g. "Tweede Kerstdag". */
    reason: text("reason").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("closed_days_day_key").on(t.werkplaatsId, t.day)],
);

export type WerkplaatsRow = typeof werkplaatsen.$inferSelect;
export type NewWerkplaatsRow = typeof werkplaatsen.$inferInsert;
