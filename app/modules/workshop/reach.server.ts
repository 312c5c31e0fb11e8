import { and, desc, eq, gte, inArray, isNotNull, lt, lte, ne, sql } from "drizzle-orm";
import { companies, trajectories, trajectoryMembers, workshopEvaluations, workshopIntakes } from "#db/schema";
import type { IsoDate } from "~/utils/calendar";
import { db } from "~/utils/db.server";
import { addDays } from "~/utils/calendar";
import { TIME_ZONE, zonedToUtc } from "~/utils/zoned-time";

/**
 * The workshop's records an impact report counts, for a period (days inclusive): every trajectory
 * running in it with its SME (organisation, size class) and students, the SMEs' evaluations
 * answered in it, and the team's own (students and teachers, answered in it). Read-only; the
 * partner side turns them into figures.
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
    })
    .from(trajectories)
    .innerJoin(workshopIntakes, eq(workshopIntakes.id, trajectories.intakeId))
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
  const [students, evaluations, teamEvaluations] = await Promise.all([
    ids.length === 0
      ? []
      : db
          .select({ trajectoryId: trajectoryMembers.trajectoryId, email: trajectoryMembers.email, level: trajectoryMembers.level })
          .from(trajectoryMembers)
          .where(and(inArray(trajectoryMembers.trajectoryId, ids), eq(trajectoryMembers.role, "student"))),
    db
      .select({
        trajectoryId: workshopEvaluations.trajectoryId,
        rating: workshopEvaluations.rating,
        wouldRecommend: workshopEvaluations.wouldRecommend,
        followUpAnswered: sql<boolean>`${workshopEvaluations.followUpAnsweredAt} is not null`,
        takenSteps: workshopEvaluations.takenSteps,
      })
      .from(workshopEvaluations)
      .where(and(answeredInPeriod, eq(workshopEvaluations.respondent, "sme"))),
    db
      .select({
        trajectoryId: workshopEvaluations.trajectoryId,
        respondent: workshopEvaluations.respondent,
        rating: workshopEvaluations.rating,
        teamRating: workshopEvaluations.teamRating,
        smeRating: workshopEvaluations.smeRating,
        expertRating: workshopEvaluations.expertRating,
      })
      .from(workshopEvaluations)
      .where(and(answeredInPeriod, ne(workshopEvaluations.respondent, "sme"))),
  ]);
  return { trajectories: running, students, evaluations, teamEvaluations };
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
    })
    .from(workshopIntakes)
    .leftJoin(companies, eq(companies.id, workshopIntakes.companyId))
    .where(and(eq(workshopIntakes.werkplaatsId, werkplaatsId), inArray(workshopIntakes.email, emails)))
    .orderBy(desc(workshopIntakes.createdAt));
}
