import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { memberships } from "./memberships";
import { werkplaatsen } from "./werkplaats";
import { type DeskKind, deskKinds } from "./enums";

/** A part of the building ("Flexzone begane grond") with a number of flex spots and its fixed desks. */
export const areas = pgTable(
  "areas",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    flexCapacity: integer("flex_capacity").notNull().default(0),
    sortOrder: integer("sort_order").notNull().default(0),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("areas_name_key").on(t.werkplaatsId, t.name), check("areas_capacity", sql`${t.flexCapacity} between 0 and 500`)],
);

/** A fixed desk (or private office) with its number, in an area. */
export const desks = pgTable(
  "desks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    areaId: uuid("area_id")
      .notNull()
      .references(() => areas.id, { onDelete: "restrict" }),
    label: text("label").notNull(),
    /** A vaste werkplek plan gets a desk, an office plan an office. */
    kind: text("kind").$type<DeskKind>().notNull().default("desk"),
    note: text("note").notNull().default(""),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("desks_label_key").on(t.werkplaatsId, t.label),
    index("desks_area_idx").on(t.areaId),
    check("desks_kind", sql`${t.kind} in (${sql.raw(deskKinds.map((k) => `'${k}'`).join(", "))})`),
  ],
);

/**
 * A desk assigned to a membership from–to (inclusive, open-ended when ends_on is null). Two
 * assignments of one desk never overlap: an exclusion constraint on the daterange, in the custom
 * migration, so the database refuses it whatever the application does.
 */
export const deskAssignments = pgTable(
  "desk_assignments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    deskId: uuid("desk_id")
      .notNull()
      .references(() => desks.id, { onDelete: "restrict" }),
    membershipId: uuid("membership_id")
      .notNull()
      .references(() => memberships.id, { onDelete: "cascade" }),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("desk_assignments_membership_idx").on(t.membershipId),
    index("desk_assignments_werkplaats_idx").on(t.werkplaatsId, t.startsOn),
    check("desk_assignments_dates", sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
  ],
);
