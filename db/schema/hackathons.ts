import { sql } from "drizzle-orm";
import { check, foreignKey, index, integer, pgTable, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { bytea } from "./bytea";
import { users } from "./auth";
import { events } from "./events";
import { werkplaatsen } from "./werkplaats";
import { workshopIntakes } from "./workshop";

/**
 * An SME's challenge at a hackathon (an activity of kind hackathon): the intake it came from
 * (route hackathon_challenge) and, afterwards, its outcome: a summary here, and what the teams
 * made in versions (`hackathon_outcome_versions`), kept like a trajectory's deliverable.
 */
export const hackathonChallenges = pgTable(
  "hackathon_challenges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    intakeId: uuid("intake_id").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    outcome: text("outcome"),
    outcomeRecordedAt: timestamp("outcome_recorded_at", { withTimezone: true }),
    outcomeRecordedBy: uuid("outcome_recorded_by").references(() => users.id, { onDelete: "set null" }),
    /** The SME's private link to the challenge's result (`/volg/<token>`): only the hash is kept. */
    smeTokenHash: text("sme_token_hash"),
    smeTokenExpiresAt: timestamp("sme_token_expires_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("hackathon_challenges_intake_key").on(t.eventId, t.intakeId),
    uniqueIndex("hackathon_challenges_sme_token_key").on(t.smeTokenHash),
    unique("hackathon_challenges_id_werkplaats_key").on(t.id, t.werkplaatsId),
    foreignKey({
      name: "hackathon_challenges_intake_fk",
      columns: [t.intakeId, t.werkplaatsId],
      foreignColumns: [workshopIntakes.id, workshopIntakes.werkplaatsId],
    }).onDelete("restrict"),
    check("hackathon_challenges_outcome", sql`(${t.outcome} is null) = (${t.outcomeRecordedAt} is null)`),
    check("hackathon_challenges_sme_token", sql`(${t.smeTokenHash} is null) = (${t.smeTokenExpiresAt} is null)`),
  ],
);

/**
 * One version of what came of a challenge: an uploaded file (bytes kept here, the same 10 MB
 * bound as a deliverable's) or a link. A new version keeps the old ones; the SME sees the latest.
 */
export const hackathonOutcomeVersions = pgTable(
  "hackathon_outcome_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id").notNull(),
    challengeId: uuid("challenge_id").notNull(),
    version: integer("version").notNull(),
    fileName: text("file_name"),
    contentType: text("content_type"),
    sizeBytes: integer("size_bytes"),
    content: bytea("content"),
    url: text("url"),
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("hackathon_outcome_versions_key").on(t.challengeId, t.version),
    foreignKey({
      name: "hackathon_outcome_versions_challenge_fk",
      columns: [t.challengeId, t.werkplaatsId],
      foreignColumns: [hackathonChallenges.id, hackathonChallenges.werkplaatsId],
    }).onDelete("cascade"),
    check("hackathon_outcome_versions_number", sql`${t.version} >= 1`),
    // Exactly one of a file (with its name, type and size) or a link, as a deliverable's version.
    check(
      "hackathon_outcome_versions_content",
      sql`(${t.url} is null) = (${t.content} is not null) and (${t.content} is null or (${t.fileName} is not null and ${t.contentType} is not null and ${t.sizeBytes} between 1 and 10485760))`,
    ),
    check("hackathon_outcome_versions_url", sql`${t.url} is null or ${t.url} ~ '^https?://'`),
  ],
);

/** A team formed at the event around one challenge. */
export const hackathonTeams = pgTable(
  "hackathon_teams",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    werkplaatsId: uuid("werkplaats_id").notNull(),
    challengeId: uuid("challenge_id").notNull(),
    name: text("name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("hackathon_teams_name_key").on(t.challengeId, t.name),
    unique("hackathon_teams_id_werkplaats_key").on(t.id, t.werkplaatsId),
    foreignKey({
      name: "hackathon_teams_challenge_fk",
      columns: [t.challengeId, t.werkplaatsId],
      foreignColumns: [hackathonChallenges.id, hackathonChallenges.werkplaatsId],
    }).onDelete("cascade"),
  ],
);

/** A student in a team; one team per student per hackathon (the event id is kept for that key). */
export const hackathonTeamMembers = pgTable(
  "hackathon_team_members",
  {
    werkplaatsId: uuid("werkplaats_id").notNull(),
    teamId: uuid("team_id").notNull(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("hackathon_team_members_event_user_key").on(t.eventId, t.userId),
    index("hackathon_team_members_team_idx").on(t.teamId),
    foreignKey({
      name: "hackathon_team_members_team_fk",
      columns: [t.teamId, t.werkplaatsId],
      foreignColumns: [hackathonTeams.id, hackathonTeams.werkplaatsId],
    }).onDelete("cascade"),
  ],
);

/** Someone staff asked onto a hackathon's jury: only they score its teams. */
export const hackathonJurors = pgTable(
  "hackathon_jurors",
  {
    werkplaatsId: uuid("werkplaats_id")
      .notNull()
      .references(() => werkplaatsen.id, { onDelete: "cascade" }),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    addedBy: uuid("added_by").references(() => users.id, { onDelete: "set null" }),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("hackathon_jurors_key").on(t.eventId, t.userId), index("hackathon_jurors_user_idx").on(t.userId)],
);

/** One juror's score (1–10) for one team on one criterion; scoring again replaces it. */
export const juryScores = pgTable(
  "jury_scores",
  {
    werkplaatsId: uuid("werkplaats_id").notNull(),
    teamId: uuid("team_id").notNull(),
    jurorId: uuid("juror_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    criterion: text("criterion").notNull(),
    score: integer("score").notNull(),
    scoredAt: timestamp("scored_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("jury_scores_key").on(t.teamId, t.jurorId, t.criterion),
    foreignKey({
      name: "jury_scores_team_fk",
      columns: [t.teamId, t.werkplaatsId],
      foreignColumns: [hackathonTeams.id, hackathonTeams.werkplaatsId],
    }).onDelete("cascade"),
    check("jury_scores_score", sql`${t.score} between 1 and 10`),
    check("jury_scores_criterion", sql`${t.criterion} in ('idea', 'impact', 'feasibility', 'presentation')`),
  ],
);
