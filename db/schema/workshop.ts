import { sql } from "drizzle-orm";
import {
  bigserial,
  check,
  date,
  foreignKey,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { companies } from "./companies";
import {
  intakeRoutes,
  intakeStages,
  milestoneKinds,
  organisationSizes,
  studyLevels,
  trajectoryMemberRoles,
  trajectoryStatuses,
  workshopThemes,
} from "./enums";
import { events } from "./events";
import { roomBookings, rooms } from "./rooms";
import { werkplaatsen } from "./werkplaats";

export const organisationSizeEnum = pgEnum("organisation_size", organisationSizes);
export const intakeStageEnum = pgEnum("intake_stage", intakeStages);
export const intakeRouteEnum = pgEnum("intake_route", intakeRoutes);

/** `column <@ ARRAY[...]`: every element of a text[] column is one of the allowed values. */
export const within = (values: readonly string[]) => sql.raw(`ARRAY[${values.map((v) => `'${v}'`).join(", ")}]::text[]`);

/**
 * An SME's request for help, from the public form (or a resident's company in one click). Holds
 * the organisation's data itself: most askers are not members. Kept until `retain_until` (the
 * period stated at consent) unless it became a trajectory; the maintenance job deletes the rest.
 * `dedupe_key` (a hash of werkplaats, email and question) makes a double submit one intake.
 */
export const workshopIntakes = pgTable(
  "workshop_intakes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    organisation: text("organisation").notNull(),
    contactName: text("contact_name").notNull(),
    email: text("email").notNull(),
    phone: text("phone"),
    kvkNumber: text("kvk_number"),
    sizeClass: organisationSizeEnum("size_class").notNull(),
    sector: text("sector").notNull(),
    themes: text("themes").array().notNull().default(sql`'{}'::text[]`),
    question: text("question").notNull(),
    availability: text("availability").notNull().default(""),
    locale: text("locale").notNull().default("nl"),
    consentAt: timestamp("consent_at", { withTimezone: true }).notNull(),
    retainUntil: date("retain_until", { mode: "string" }).notNull(),
    stage: intakeStageEnum("stage").notNull().default("intake"),
    route: intakeRouteEnum("route"),
    /** The staff member who owns the file. */
    ownerId: uuid("owner_id").references(() => users.id, { onDelete: "set null" }),
    clarifiedQuestion: text("clarified_question"),
    notes: text("notes").notNull().default(""),
    /** Set when a resident's company asked from inside the app. */
    companyId: uuid("company_id"),
    submittedBy: uuid("submitted_by").references(() => users.id, { onDelete: "set null" }),
    dedupeKey: text("dedupe_key").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("workshop_intakes_dedupe_key").on(t.werkplaatsId, t.dedupeKey),
    unique("workshop_intakes_id_werkplaats_key").on(t.id, t.werkplaatsId),
    index("workshop_intakes_board_idx").on(t.werkplaatsId, t.stage, t.createdAt),
    index("workshop_intakes_retain_idx").on(t.retainUntil),
    foreignKey({
      name: "workshop_intakes_company_fk",
      columns: [t.companyId, t.werkplaatsId],
      foreignColumns: [companies.id, companies.werkplaatsId],
    }).onDelete("set null"),
    check("workshop_intakes_email_lower", sql`${t.email} = lower(${t.email})`),
    check("workshop_intakes_kvk_format", sql`${t.kvkNumber} is null or ${t.kvkNumber} ~ '^[0-9]{8}$'`),
    check("workshop_intakes_themes", sql`${t.themes} <@ ${within(workshopThemes)}`),
    check("workshop_intakes_locale", sql`${t.locale} in ('nl', 'en')`),
    // A route is chosen at vraagarticulatie; past it the file must say which.
    check("workshop_intakes_route_chosen", sql`${t.stage} in ('intake', 'articulation', 'closed') or ${t.route} is not null`),
  ],
);

/** Every move of an intake across the board: who, when, from, to. `from_stage` is null for the submission. */
export const intakeMoves = pgTable(
  "intake_moves",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    werkplaatsId: uuid("werkplaats_id").notNull(),
    intakeId: uuid("intake_id").notNull(),
    fromStage: intakeStageEnum("from_stage"),
    toStage: intakeStageEnum("to_stage").notNull(),
    /** Null when the SME submitted or a job moved it. */
    movedBy: uuid("moved_by").references(() => users.id, { onDelete: "set null" }),
    movedAt: timestamp("moved_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("intake_moves_intake_idx").on(t.intakeId, t.movedAt),
    foreignKey({
      name: "intake_moves_intake_fk",
      columns: [t.intakeId, t.werkplaatsId],
      foreignColumns: [workshopIntakes.id, workshopIntakes.werkplaatsId],
    }).onDelete("cascade"),
  ],
);

/**
 * An advisory trajectory: a student team working on one intake's clarified question during a
 * school period. The SME follows it through a private link; only the token's hash is kept.
 */
export const trajectories = pgTable(
  "trajectories",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    intakeId: uuid("intake_id").notNull(),
    title: text("title").notNull(),
    themes: text("themes").array().notNull().default(sql`'{}'::text[]`),
    clarifiedQuestion: text("clarified_question").notNull(),
    institutions: text("institutions").array().notNull().default(sql`'{}'::text[]`),
    programme: text("programme").notNull(),
    levels: text("levels").array().notNull(),
    periodStart: date("period_start", { mode: "string" }).notNull(),
    periodEnd: date("period_end", { mode: "string" }).notNull(),
    status: text("status", { enum: trajectoryStatuses }).notNull().default("forming"),
    smeTokenHash: text("sme_token_hash"),
    smeTokenExpiresAt: timestamp("sme_token_expires_at", { withTimezone: true }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("trajectories_intake_key").on(t.intakeId),
    uniqueIndex("trajectories_sme_token_key").on(t.smeTokenHash),
    unique("trajectories_id_werkplaats_key").on(t.id, t.werkplaatsId),
    index("trajectories_werkplaats_idx").on(t.werkplaatsId, t.status),
    foreignKey({
      name: "trajectories_intake_fk",
      columns: [t.intakeId, t.werkplaatsId],
      foreignColumns: [workshopIntakes.id, workshopIntakes.werkplaatsId],
    }).onDelete("restrict"),
    check("trajectories_status", sql`${t.status} in ('forming', 'running', 'delivered', 'closed')`),
    check("trajectories_themes", sql`${t.themes} <@ ${within(workshopThemes)}`),
    check("trajectories_levels", sql`${t.levels} <@ ${within(studyLevels)} and cardinality(${t.levels}) > 0`),
    check("trajectories_period", sql`${t.periodStart} <= ${t.periodEnd}`),
    check("trajectories_sme_token", sql`(${t.smeTokenHash} is null) = (${t.smeTokenExpiresAt} is null)`),
  ],
);

/**
 * Every status change of a trajectory: who, when, from, to. Written by the module's one
 * transition function in the transaction that changes the status; `from_status` is null for the start.
 */
export const trajectoryMoves = pgTable(
  "trajectory_moves",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    werkplaatsId: uuid("werkplaats_id").notNull(),
    trajectoryId: uuid("trajectory_id").notNull(),
    fromStatus: text("from_status", { enum: trajectoryStatuses }),
    toStatus: text("to_status", { enum: trajectoryStatuses }).notNull(),
    movedBy: uuid("moved_by").references(() => users.id, { onDelete: "set null" }),
    movedAt: timestamp("moved_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("trajectory_moves_trajectory_idx").on(t.trajectoryId, t.movedAt),
    foreignKey({
      name: "trajectory_moves_trajectory_fk",
      columns: [t.trajectoryId, t.werkplaatsId],
      foreignColumns: [trajectories.id, trajectories.werkplaatsId],
    }).onDelete("cascade"),
    check("trajectory_moves_status", sql`${t.toStatus} in ('forming', 'running', 'delivered', 'closed')`),
    // A move changes something; only the start has no "from".
    check("trajectory_moves_changes", sql`${t.fromStatus} is null or ${t.fromStatus} <> ${t.toStatus}`),
  ],
);

/**
 * A student, teacher or coach on a trajectory's team, invited by email. `user_id` is set when the
 * invitation is accepted; the invitation row points here (scope `trajectory_member`).
 */
export const trajectoryMembers = pgTable(
  "trajectory_members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id").notNull(),
    trajectoryId: uuid("trajectory_id").notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role", { enum: trajectoryMemberRoles }).notNull(),
    /** The student's part in the team, in the team's words (e.g. "UX-onderzoek", "projectleider"). */
    teamRole: text("team_role").notNull().default(""),
    institution: text("institution"),
    level: text("level", { enum: studyLevels }),
    invitedAt: timestamp("invited_at", { withTimezone: true }).notNull().defaultNow(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("trajectory_members_email_key").on(t.trajectoryId, t.email),
    uniqueIndex("trajectory_members_user_key").on(t.trajectoryId, t.userId),
    unique("trajectory_members_id_werkplaats_key").on(t.id, t.werkplaatsId),
    index("trajectory_members_user_idx").on(t.userId),
    foreignKey({
      name: "trajectory_members_trajectory_fk",
      columns: [t.trajectoryId, t.werkplaatsId],
      foreignColumns: [trajectories.id, trajectories.werkplaatsId],
    }).onDelete("cascade"),
    check("trajectory_members_email_lower", sql`${t.email} = lower(${t.email})`),
    check("trajectory_members_role", sql`${t.role} in ('student', 'teacher', 'coach')`),
    check("trajectory_members_level", sql`${t.level} is null or ${t.level} in ('mbo', 'hbo', 'wo')`),
    check("trajectory_members_accepted", sql`(${t.acceptedAt} is null) = (${t.userId} is null)`),
  ],
);

/**
 * Kick-off, interim and final presentation, each an activity in the agenda (`event_id`, a draft
 * event for the team) that with a room holds the activity's room booking (kind `event`), so the
 * exclusion constraint guards it like any other. A trigger keeps the milestone on its activity's
 * time and room when staff change the activity on the agenda's own page, and drops it when the
 * activity is cancelled there.
 */
export const trajectoryMilestones = pgTable(
  "trajectory_milestones",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id").notNull(),
    trajectoryId: uuid("trajectory_id").notNull(),
    kind: text("kind", { enum: milestoneKinds }).notNull(),
    title: text("title").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    roomId: uuid("room_id").references(() => rooms.id, { onDelete: "set null" }),
    roomBookingId: uuid("room_booking_id").references(() => roomBookings.id, { onDelete: "set null" }),
    eventId: uuid("event_id").references(() => events.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("trajectory_milestones_trajectory_idx").on(t.trajectoryId, t.startsAt),
    // One activity is one milestone's: moving or cancelling it there moves or cancels only that milestone.
    uniqueIndex("trajectory_milestones_event_key").on(t.eventId),
    foreignKey({
      name: "trajectory_milestones_trajectory_fk",
      columns: [t.trajectoryId, t.werkplaatsId],
      foreignColumns: [trajectories.id, trajectories.werkplaatsId],
    }).onDelete("cascade"),
    check("trajectory_milestones_kind", sql`${t.kind} in ('kick_off', 'interim', 'final')`),
    check("trajectory_milestones_order", sql`${t.startsAt} < ${t.endsAt}`),
  ],
);

export type WorkshopIntakeRow = typeof workshopIntakes.$inferSelect;
export type TrajectoryRow = typeof trajectories.$inferSelect;
export type TrajectoryMemberRow = typeof trajectoryMembers.$inferSelect;
