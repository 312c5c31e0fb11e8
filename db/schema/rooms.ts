import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { werkplaatsen } from "./werkplaats";

/** Opening hours per ISO weekday ("1" = Monday … "7" = Sunday); a missing day is closed. Times are Europe/Amsterdam "HH:MM". */
export type OpeningHours = Partial<Record<"1" | "2" | "3" | "4" | "5" | "6" | "7", { open: string; close: string }>>;

/** A meeting room with its prices (cents, excl. BTW) and booking rules. */
export const rooms = pgTable(
  "rooms",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    capacity: integer("capacity").notNull(),
    amenities: text("amenities").array().notNull().default(sql`'{}'::text[]`),
    memberHourlyCents: integer("member_hourly_cents").notNull(),
    guestHourlyCents: integer("guest_hourly_cents").notNull(),
    openingHours: jsonb("opening_hours").$type<OpeningHours>().notNull(),
    minMinutes: integer("min_minutes").notNull().default(30),
    maxMinutes: integer("max_minutes").notNull().default(240),
    bufferBeforeMinutes: integer("buffer_before_minutes").notNull().default(0),
    bufferAfterMinutes: integer("buffer_after_minutes").notNull().default(0),
    advanceDays: integer("advance_days").notNull().default(60),
    cancelHours: integer("cancel_hours").notNull().default(24),
    /** Who may book it: members (and staff), or staff only. */
    bookableBy: text("bookable_by").notNull().default("members"),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("rooms_werkplaats_name_key").on(t.werkplaatsId, t.name),
    check("rooms_capacity", sql`${t.capacity} between 1 and 1000`),
    check("rooms_prices", sql`${t.memberHourlyCents} >= 0 and ${t.guestHourlyCents} >= 0`),
    check(
      "rooms_durations",
      sql`${t.minMinutes} >= 15 and ${t.maxMinutes} >= ${t.minMinutes} and ${t.minMinutes} % 15 = 0 and ${t.maxMinutes} % 15 = 0`,
    ),
    check("rooms_buffers", sql`${t.bufferBeforeMinutes} between 0 and 240 and ${t.bufferAfterMinutes} between 0 and 240`),
    check("rooms_bookable_by", sql`${t.bookableBy} in ('members', 'staff')`),
  ],
);

/**
 * A room taken for a time: a member's booking, a staff block (maintenance), an event or a
 * consultation hour. `blocked_from`/`blocked_until` include the room's buffers at booking time;
 * an exclusion constraint (custom migration) forbids two confirmed rows of one room overlapping.
 * The hours ledger lives on the row: minutes taken from the month's included hours and the
 * chargeable rest in cents (excl. BTW) for billing to pick up.
 */
export const roomBookings = pgTable(
  "room_bookings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    roomId: uuid("room_id")
      .notNull()
      .references(() => rooms.id, { onDelete: "cascade" }),
    kind: text("kind").notNull().default("booking"),
    /** Whom the booking is for (null for blocks and events). */
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    /** Who made it (the member, or staff on their behalf). */
    bookedBy: uuid("booked_by").references(() => users.id, { onDelete: "set null" }),
    title: text("title").notNull().default(""),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    blockedFrom: timestamp("blocked_from", { withTimezone: true }).notNull(),
    blockedUntil: timestamp("blocked_until", { withTimezone: true }).notNull(),
    seriesId: uuid("series_id"),
    status: text("status").notNull().default("confirmed"),
    /** The first day of the Europe/Amsterdam month the booking counts in, "YYYY-MM-01". */
    ledgerMonth: text("ledger_month").notNull(),
    minutes: integer("minutes").notNull(),
    includedMinutes: integer("included_minutes").notNull().default(0),
    hourlyCents: integer("hourly_cents").notNull().default(0),
    chargeableCents: integer("chargeable_cents").notNull().default(0),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelledBy: uuid("cancelled_by").references(() => users.id, { onDelete: "set null" }),
    /** Cancelled after the deadline: the slot is free again but the booking stays chargeable. */
    cancelledLate: boolean("cancelled_late").notNull().default(false),
    reminderQueuedAt: timestamp("reminder_queued_at", { withTimezone: true }),
    /** Set by billing when the chargeable amount is on an invoice. */
    billedAt: timestamp("billed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("room_bookings_room_time_idx").on(t.roomId, t.startsAt),
    index("room_bookings_werkplaats_time_idx").on(t.werkplaatsId, t.startsAt),
    index("room_bookings_user_month_idx").on(t.userId, t.ledgerMonth),
    index("room_bookings_series_idx").on(t.seriesId),
    check("room_bookings_kind", sql`${t.kind} in ('booking', 'block', 'event')`),
    check("room_bookings_status", sql`${t.status} in ('confirmed', 'cancelled')`),
    check(
      "room_bookings_order",
      sql`${t.startsAt} < ${t.endsAt} and ${t.blockedFrom} <= ${t.startsAt} and ${t.blockedUntil} >= ${t.endsAt}`,
    ),
    check("room_bookings_ledger", sql`${t.includedMinutes} between 0 and ${t.minutes} and ${t.chargeableCents} >= 0`),
  ],
);

/**
 * A secret, revocable calendar feed URL per user. The token is kept as is so its owner can copy
 * the address again (as Google and Outlook do); the feed is read-only and revoking replaces it.
 */
export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    token: text("token").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("calendar_feeds_token_key").on(t.token), index("calendar_feeds_user_idx").on(t.userId)],
);

export type RoomRow = typeof rooms.$inferSelect;
export type NewRoomRow = typeof rooms.$inferInsert;

/**
 * How often the calendar's data of a werkplaats changed: a room booking, an event, a room or a
 * person's name. Triggers (migration 0038) add one at the end of every transaction that changed
 * them, so the number a request reads is in step with the rows it reads after it; the calendar
 * JSON is kept per version and answered from memory while it holds (decision 091).
 */
export const calendarVersions = pgTable("calendar_versions", {
  werkplaatsId: uuid("werkplaats_id")
    .primaryKey()
    .references(() => werkplaatsen.id, { onDelete: "cascade" }),
  version: bigint("version", { mode: "number" }).notNull().default(0),
});
