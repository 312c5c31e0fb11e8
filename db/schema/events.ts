import { sql } from "drizzle-orm";
import { bigserial, check, index, integer, jsonb, pgTable, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { bytea } from "./bytea";
import { users } from "./auth";
import { roomBookings, rooms } from "./rooms";
import { werkplaatsen } from "./werkplaats";
import { workshopThemes } from "./enums";

export type Speaker = { name: string; organisation?: string; userId?: string };

/** A talk, workshop, webinar, masterclass, training (LLO) or hackathon. */
export const events = pgTable(
  "events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    titleNl: text("title_nl").notNull(),
    titleEn: text("title_en"),
    descriptionNl: text("description_nl").notNull().default(""),
    descriptionEn: text("description_en"),
    themes: text("themes").array().notNull().default(sql`'{}'::text[]`),
    audiences: text("audiences").array().notNull().default(sql`'{}'::text[]`),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    roomId: uuid("room_id").references(() => rooms.id, { onDelete: "set null" }),
    roomBookingId: uuid("room_booking_id").references(() => roomBookings.id, { onDelete: "set null" }),
    onlineUrl: text("online_url"),
    capacity: integer("capacity").notNull(),
    registrationOpensAt: timestamp("registration_opens_at", { withTimezone: true }),
    registrationClosesAt: timestamp("registration_closes_at", { withTimezone: true }),
    speakers: jsonb("speakers").$type<Speaker[]>().notNull().default([]),
    /** Ticket price in cents excl. BTW; 0 is free. Recorded as unpaid until billing takes it. */
    priceCents: integer("price_cents").notNull().default(0),
    status: text("status").notNull().default("draft"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    remindersQueuedAt: timestamp("reminders_queued_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("events_werkplaats_time_idx").on(t.werkplaatsId, t.startsAt),
    // Lets a row of another table (a partner's support) point at an event of its own werkplaats only.
    unique("events_id_werkplaats_key").on(t.id, t.werkplaatsId),
    index("events_room_booking_idx").on(t.roomBookingId),
    check("events_kind", sql`${t.kind} in ('talk', 'workshop', 'webinar', 'masterclass', 'training', 'hackathon')`),
    check("events_status", sql`${t.status} in ('draft', 'published', 'cancelled')`),
    check("events_order", sql`${t.startsAt} < ${t.endsAt}`),
    check("events_capacity", sql`${t.capacity} between 1 and 10000`),
    check("events_price", sql`${t.priceCents} >= 0`),
    // One theme vocabulary for activities, intakes and trajectories, so the Impactmonitor can count per theme.
    check("events_themes", sql`${t.themes} <@ ${sql.raw(`ARRAY[${workshopThemes.map((v) => `'${v}'`).join(", ")}]::text[]`)}`),
  ],
);

/**
 * The optional picture of an event, for its card on the agenda and its Open Graph preview; kept
 * apart (as profile photos are) so the agenda's queries stay light. One per event.
 */
export const eventImages = pgTable(
  "event_images",
  {
    eventId: uuid("event_id")
      .primaryKey()
      .references(() => events.id, { onDelete: "cascade" }),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    contentType: text("content_type").notNull(),
    data: bytea("data").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("event_images_type", sql`${t.contentType} in ('image/png', 'image/jpeg', 'image/webp')`),
    // The same limit as the upload's, so no other path can store a larger one.
    check("event_images_size", sql`octet_length(${t.data}) between 1 and 1048576`),
  ],
);

/**
 * A place at an event (or on its waitlist), for a member (user_id) or a guest. `seq` is the
 * arrival order; the waitlist is promoted in that order. Guests manage it through `token`
 * (their ticket page, linked from the confirmation); staff check in by `checkin_code` (the QR).
 */
export const registrations = pgTable(
  "registrations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigserial("seq", { mode: "number" }).notNull(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    email: text("email").notNull(),
    organisation: text("organisation"),
    locale: text("locale").notNull().default("nl"),
    status: text("status").notNull(),
    token: text("token").notNull(),
    checkinCode: text("checkin_code").notNull(),
    consentAt: timestamp("consent_at", { withTimezone: true }),
    /** The ticket price at registration (cents, excl. BTW), unpaid until billing records payment. */
    priceCents: integer("price_cents").notNull().default(0),
    paidAt: timestamp("paid_at", { withTimezone: true }),
    promotedAt: timestamp("promoted_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    checkedInAt: timestamp("checked_in_at", { withTimezone: true }),
    reminderQueuedAt: timestamp("reminder_queued_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("registrations_event_idx").on(t.eventId, t.status, t.seq),
    uniqueIndex("registrations_token_key").on(t.token),
    uniqueIndex("registrations_checkin_key").on(t.checkinCode),
    // One live registration per email per event: registering twice is refused.
    uniqueIndex("registrations_event_email_key").on(t.eventId, t.email).where(sql`${t.status} <> 'cancelled'`),
    index("registrations_user_idx").on(t.userId),
    check("registrations_status", sql`${t.status} in ('registered', 'waitlisted', 'cancelled')`),
    check("registrations_email_lower", sql`${t.email} = lower(${t.email})`),
  ],
);

/**
 * A consultation hour (spreekuur) offered by staff or an expert member; an SME owner books it
 * once from the public page. The conditional update on booked_at makes a second booking fail.
 */
export const consultationSlots = pgTable(
  "consultation_slots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    hostId: uuid("host_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    topic: text("topic").notNull(),
    location: text("location").notNull().default(""),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    seriesId: uuid("series_id"),
    bookedAt: timestamp("booked_at", { withTimezone: true }),
    bookerName: text("booker_name"),
    bookerEmail: text("booker_email"),
    bookerOrganisation: text("booker_organisation"),
    question: text("question"),
    token: text("token"),
    reminderQueuedAt: timestamp("reminder_queued_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("consultation_slots_time_idx").on(t.werkplaatsId, t.startsAt),
    uniqueIndex("consultation_slots_token_key").on(t.token),
    check("consultation_slots_order", sql`${t.startsAt} < ${t.endsAt}`),
    check("consultation_slots_booked", sql`(${t.bookedAt} is null) = (${t.bookerEmail} is null)`),
  ],
);

export type EventRow = typeof events.$inferSelect;
export type NewEventRow = typeof events.$inferInsert;
