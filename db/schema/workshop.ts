import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { bytea } from "./bytea";
import { companies } from "./companies";
import {
  deliverableKinds,
  deliverableReviews,
  evaluationRespondents,
  followUpSteps,
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
const within = (values: readonly string[]) => sql.raw(`ARRAY[${values.map((v) => `'${v}'`).join(", ")}]::text[]`);

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
 * Kick-off, interim and final presentation. With a room, the milestone holds a room booking
 * (kind `event`) so the exclusion constraint guards it like any other; `event_id` links an
 * activity in the agenda when staff publish one for it.
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
    foreignKey({
      name: "trajectory_milestones_trajectory_fk",
      columns: [t.trajectoryId, t.werkplaatsId],
      foreignColumns: [trajectories.id, trajectories.werkplaatsId],
    }).onDelete("cascade"),
    check("trajectory_milestones_kind", sql`${t.kind} in ('kick_off', 'interim', 'final')`),
    check("trajectory_milestones_order", sql`${t.startsAt} < ${t.endsAt}`),
  ],
);

/** What the team hands over (an advice report, a prototype); its content lives in versions. */
export const trajectoryDeliverables = pgTable(
  "trajectory_deliverables",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id").notNull(),
    trajectoryId: uuid("trajectory_id").notNull(),
    title: text("title").notNull(),
    kind: text("kind", { enum: deliverableKinds }).notNull().default("advice_report"),
    dueOn: date("due_on", { mode: "string" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("trajectory_deliverables_trajectory_idx").on(t.trajectoryId, t.createdAt),
    foreignKey({
      name: "trajectory_deliverables_trajectory_fk",
      columns: [t.trajectoryId, t.werkplaatsId],
      foreignColumns: [trajectories.id, trajectories.werkplaatsId],
    }).onDelete("cascade"),
    check("trajectory_deliverables_kind", sql`${t.kind} in ('advice_report', 'prototype', 'presentation', 'other')`),
  ],
);

/** One version of a deliverable: an uploaded file (bytes kept here, size capped) or a link. */
export const trajectoryDeliverableVersions = pgTable(
  "trajectory_deliverable_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    deliverableId: uuid("deliverable_id")
      .notNull()
      .references(() => trajectoryDeliverables.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    fileName: text("file_name"),
    contentType: text("content_type"),
    sizeBytes: integer("size_bytes"),
    content: bytea("content"),
    url: text("url"),
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Staff's verdict: submitted (waiting), accepted (the SME sees it) or returned (with a note). */
    review: text("review", { enum: deliverableReviews }).notNull().default("submitted"),
    reviewNote: text("review_note").notNull().default(""),
    reviewedBy: uuid("reviewed_by").references(() => users.id, { onDelete: "set null" }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("trajectory_deliverable_versions_key").on(t.deliverableId, t.version),
    check("trajectory_deliverable_versions_review", sql`${t.review} in ('submitted', 'accepted', 'returned')`),
    check("trajectory_deliverable_versions_reviewed", sql`(${t.review} = 'submitted') = (${t.reviewedAt} is null)`),
    check("trajectory_deliverable_versions_number", sql`${t.version} >= 1`),
    // Exactly one of a file (with its name, type and size) or a link.
    check(
      "trajectory_deliverable_versions_content",
      sql`(${t.url} is null) = (${t.content} is not null) and (${t.content} is null or (${t.fileName} is not null and ${t.contentType} is not null and ${t.sizeBytes} between 1 and 10485760))`,
    ),
    check("trajectory_deliverable_versions_url", sql`${t.url} is null or ${t.url} ~ '^https?://'`),
  ],
);

/** Hours worked on a trajectory by anyone on it: students, teachers and (resident) experts. */
export const trajectoryHours = pgTable(
  "trajectory_hours",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id").notNull(),
    trajectoryId: uuid("trajectory_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    workedOn: date("worked_on", { mode: "string" }).notNull(),
    minutes: integer("minutes").notNull(),
    note: text("note").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("trajectory_hours_trajectory_idx").on(t.trajectoryId, t.workedOn),
    index("trajectory_hours_user_idx").on(t.userId, t.workedOn),
    foreignKey({
      name: "trajectory_hours_trajectory_fk",
      columns: [t.trajectoryId, t.werkplaatsId],
      foreignColumns: [trajectories.id, trajectories.werkplaatsId],
    }).onDelete("cascade"),
    check("trajectory_hours_minutes", sql`${t.minutes} between 1 and 1440`),
  ],
);

/**
 * An evaluation of a delivered trajectory by the SME (through a private link, hashed token),
 * a student or the teacher (signed in, `user_id`). `asked_at` is when the form was offered;
 * for the SME, `follow_up_*` is the question three months later about the steps taken.
 */
export const workshopEvaluations = pgTable(
  "workshop_evaluations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id").notNull(),
    trajectoryId: uuid("trajectory_id").notNull(),
    respondent: text("respondent", { enum: evaluationRespondents }).notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    tokenHash: text("token_hash"),
    /** The SME's evaluation link works until then, and only until it is answered. */
    tokenExpiresAt: timestamp("token_expires_at", { withTimezone: true }),
    askedAt: timestamp("asked_at", { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    rating: integer("rating"),
    wouldRecommend: boolean("would_recommend"),
    /** Students and teachers: how the team, the expert(s) and the SME worked (1–10, optional). */
    teamRating: integer("team_rating"),
    expertRating: integer("expert_rating"),
    smeRating: integer("sme_rating"),
    comment: text("comment").notNull().default(""),
    plannedSteps: text("planned_steps").array().notNull().default(sql`'{}'::text[]`),
    followUpDueOn: date("follow_up_due_on", { mode: "string" }),
    followUpAskedAt: timestamp("follow_up_asked_at", { withTimezone: true }),
    /** The follow-up question's own link (hashed), made when the maintenance job asks it. */
    followUpTokenHash: text("follow_up_token_hash"),
    followUpExpiresAt: timestamp("follow_up_expires_at", { withTimezone: true }),
    followUpAnsweredAt: timestamp("follow_up_answered_at", { withTimezone: true }),
    takenSteps: text("taken_steps").array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [
    uniqueIndex("workshop_evaluations_token_key").on(t.tokenHash),
    uniqueIndex("workshop_evaluations_follow_up_token_key").on(t.followUpTokenHash),
    // A follow-up link exists exactly when the follow-up was asked, and then it has an end.
    check(
      "workshop_evaluations_follow_up_link",
      sql`(${t.followUpTokenHash} is null) = (${t.followUpAskedAt} is null) and (${t.followUpTokenHash} is null) = (${t.followUpExpiresAt} is null)`,
    ),
    check("workshop_evaluations_sme_link", sql`(${t.tokenHash} is null) = (${t.tokenExpiresAt} is null)`),
    uniqueIndex("workshop_evaluations_sme_key").on(t.trajectoryId).where(sql`${t.respondent} = 'sme'`),
    uniqueIndex("workshop_evaluations_user_key").on(t.trajectoryId, t.userId),
    index("workshop_evaluations_follow_up_idx").on(t.followUpDueOn).where(sql`${t.followUpAskedAt} is null`),
    foreignKey({
      name: "workshop_evaluations_trajectory_fk",
      columns: [t.trajectoryId, t.werkplaatsId],
      foreignColumns: [trajectories.id, trajectories.werkplaatsId],
    }).onDelete("cascade"),
    check("workshop_evaluations_respondent", sql`${t.respondent} in ('sme', 'student', 'teacher')`),
    // The SME answers by link; students and teachers signed in.
    check(
      "workshop_evaluations_who",
      sql`(${t.respondent} = 'sme' and ${t.tokenHash} is not null) or (${t.respondent} <> 'sme' and ${t.userId} is not null)`,
    ),
    check(
      "workshop_evaluations_ratings",
      sql`coalesce(${t.rating}, 1) between 1 and 10 and coalesce(${t.teamRating}, 1) between 1 and 10 and coalesce(${t.expertRating}, 1) between 1 and 10 and coalesce(${t.smeRating}, 1) between 1 and 10`,
    ),
    check("workshop_evaluations_answered", sql`${t.answeredAt} is null or ${t.rating} is not null`),
    check("workshop_evaluations_planned", sql`${t.plannedSteps} <@ ${within(followUpSteps)}`),
    check("workshop_evaluations_taken", sql`${t.takenSteps} <@ ${within(followUpSteps)}`),
  ],
);

export type WorkshopIntakeRow = typeof workshopIntakes.$inferSelect;
export type TrajectoryRow = typeof trajectories.$inferSelect;
export type TrajectoryMemberRow = typeof trajectoryMembers.$inferSelect;
export type WorkshopEvaluationRow = typeof workshopEvaluations.$inferSelect;
