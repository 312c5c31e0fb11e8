// The work a trajectory hands over and what it leaves: deliverables in versions, hours logged,
// and the evaluations of the SME and the team. The intake and the trajectory itself are in workshop.ts.
import { sql } from "drizzle-orm";
import { boolean, check, date, foreignKey, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { bytea } from "./bytea";
import { deliverableKinds, deliverableReviews, evaluationRespondents, followUpSteps } from "./enums";
import { trajectories } from "./workshop";
import { within } from "./workshop";

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

export type WorkshopEvaluationRow = typeof workshopEvaluations.$inferSelect;
