import { and, desc, eq, gte, inArray, isNotNull, lt, lte, ne, sql } from "drizzle-orm";
import {
  companies,
  trajectories,
  trajectoryExperts,
  trajectoryHours,
  trajectoryMembers,
  users,
  workshopEvaluations,
  workshopIntakes,
} from "#db/schema";
import type { IsoDate } from "~/utils/calendar";
import { db } from "~/utils/db.server";
import { addDays } from "~/utils/calendar";
import { TIME_ZONE, zonedToUtc } from "~/utils/zoned-time";
import { hoursLoggedIn, loggedByPlacedExpert } from "./experts/pool.server";

/** What a figure may be filtered or shown by: the trajectory a record belongs to and its SME. */
const trajectoryContext = {
  title: trajectories.title,
  organisation: workshopIntakes.organisation,
  themes: trajectories.themes,
  sizeClass: workshopIntakes.sizeClass,
};

/**
 * The workshop's records an impact report counts, for a period (days inclusive): every trajectory
 * running in it with its SME (organisation, size class) and students, the SMEs' evaluations
 * answered in it, the team's own (students and teachers, answered in it) and the hours experts
 * placed on a trajectory logged in it. Each record carries its trajectory's title, SME, themes and
 * size class, so the partner side can filter and show every figure. Read-only; the partner side
 * turns them into figures.
 */
export async function reachRecords(werkplaatsId: string, period: { start: IsoDate; end: IsoDate }, zone = TIME_ZONE) {
  const running = await db
    .select({
      id: trajectories.id,
      title: trajectories.title,
      status: trajectories.status,
      themes: trajectories.themes,
      periodStart: trajectories.periodStart,
      periodEnd: trajectories.periodEnd,
      deliveredAt: trajectories.deliveredAt,
      intakeId: trajectories.intakeId,
      organisation: workshopIntakes.organisation,
      sizeClass: workshopIntakes.sizeClass,
      email: workshopIntakes.email,
      kvkNumber: sql<string | null>`coalesce(${workshopIntakes.kvkNumber}, ${companies.kvkNumber})`,
    })
    .from(trajectories)
    .innerJoin(workshopIntakes, eq(workshopIntakes.id, trajectories.intakeId))
    .leftJoin(companies, eq(companies.id, workshopIntakes.companyId))
    .where(
      and(
        eq(trajectories.werkplaatsId, werkplaatsId),
        lte(trajectories.periodStart, period.end),
        gte(trajectories.periodEnd, period.start),
      ),
    );
  const ids = running.map((t) => t.id);
  // Days in the werkplaats's zone: an answer at 00:30 on 1 January in Amsterdam is January's.
  const answeredInPeriod = and(
    eq(workshopEvaluations.werkplaatsId, werkplaatsId),
    isNotNull(workshopEvaluations.answeredAt),
    gte(workshopEvaluations.answeredAt, zonedToUtc(period.start, "00:00", zone)),
    lt(workshopEvaluations.answeredAt, zonedToUtc(addDays(period.end, 1), "00:00", zone)),
  );
  const [students, evaluations, teamEvaluations, expertHours] = await Promise.all([
    ids.length === 0
      ? []
      : db
          .select({
            trajectoryId: trajectoryMembers.trajectoryId,
            email: trajectoryMembers.email,
            name: trajectoryMembers.name,
            level: trajectoryMembers.level,
          })
          .from(trajectoryMembers)
          .where(and(inArray(trajectoryMembers.trajectoryId, ids), eq(trajectoryMembers.role, "student"))),
    db
      .select({
        id: workshopEvaluations.id,
        trajectoryId: workshopEvaluations.trajectoryId,
        answeredAt: workshopEvaluations.answeredAt,
        rating: workshopEvaluations.rating,
        wouldRecommend: workshopEvaluations.wouldRecommend,
        followUpAnswered: sql<boolean>`${workshopEvaluations.followUpAnsweredAt} is not null`,
        takenSteps: workshopEvaluations.takenSteps,
        ...trajectoryContext,
      })
      .from(workshopEvaluations)
      .innerJoin(trajectories, eq(trajectories.id, workshopEvaluations.trajectoryId))
      .innerJoin(workshopIntakes, eq(workshopIntakes.id, trajectories.intakeId))
      .where(and(answeredInPeriod, eq(workshopEvaluations.respondent, "sme"))),
    db
      .select({
        id: workshopEvaluations.id,
        trajectoryId: workshopEvaluations.trajectoryId,
        answeredAt: workshopEvaluations.answeredAt,
        respondent: workshopEvaluations.respondent,
        rating: workshopEvaluations.rating,
        teamRating: workshopEvaluations.teamRating,
        smeRating: workshopEvaluations.smeRating,
        expertRating: workshopEvaluations.expertRating,
        ...trajectoryContext,
      })
      .from(workshopEvaluations)
      .innerJoin(trajectories, eq(trajectories.id, workshopEvaluations.trajectoryId))
      .innerJoin(workshopIntakes, eq(workshopIntakes.id, trajectories.intakeId))
      .where(and(answeredInPeriod, ne(workshopEvaluations.respondent, "sme"))),
    db
      .select({
        id: trajectoryHours.id,
        trajectoryId: trajectoryHours.trajectoryId,
        workedOn: trajectoryHours.workedOn,
        minutes: trajectoryHours.minutes,
        expert: users.name,
        ...trajectoryContext,
      })
      .from(trajectoryHours)
      .innerJoin(trajectoryExperts, loggedByPlacedExpert)
      .innerJoin(users, eq(users.id, trajectoryHours.userId))
      .innerJoin(trajectories, eq(trajectories.id, trajectoryHours.trajectoryId))
      .innerJoin(workshopIntakes, eq(workshopIntakes.id, trajectories.intakeId))
      .where(hoursLoggedIn(werkplaatsId, period)),
  ]);
  return { trajectories: running, students, evaluations, teamEvaluations, expertHours };
}

/**
 * The SMEs that asked the workshop something, by the asker's email: each intake's id and its KvK
 * number (as given, or its member company's), the newest intake first. Lets the partner side
 * recognise an SME at an activity by a stable key instead of the organisation name typed there.
 */
export async function intakesByEmail(werkplaatsId: string, emails: string[]) {
  if (emails.length === 0) return [];
  return db
    .select({
      email: workshopIntakes.email,
      intakeId: workshopIntakes.id,
      kvkNumber: sql<string | null>`coalesce(${workshopIntakes.kvkNumber}, ${companies.kvkNumber})`,
      sizeClass: workshopIntakes.sizeClass,
    })
    .from(workshopIntakes)
    .leftJoin(companies, eq(companies.id, workshopIntakes.companyId))
    .where(and(eq(workshopIntakes.werkplaatsId, werkplaatsId), inArray(workshopIntakes.email, emails)))
    .orderBy(desc(workshopIntakes.createdAt));
}
