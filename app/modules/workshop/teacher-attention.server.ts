import { and, asc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { trajectories, trajectoryMembers, workshopEvaluations } from "#db/schema";
import { addDays, type IsoDate } from "~/utils/calendar";
import { db } from "~/utils/db.server";
import { todayIn } from "~/utils/zoned-time";
import { atWork, deliverablesOwed, milestonesAhead, openPlaces } from "./team-desk.server";

/** Two weeks without a logged hour is when a teacher asks how the work goes. */
const QUIET_DAYS = 14;
const LIST = 20;

/** Team places invited by email and not taken yet. */
async function invitationsOpen(ids: readonly string[]) {
  return db
    .select({
      trajectoryId: trajectories.id,
      trajectory: trajectories.title,
      name: trajectoryMembers.name,
      invitedAt: trajectoryMembers.invitedAt,
    })
    .from(trajectoryMembers)
    .innerJoin(trajectories, eq(trajectories.id, trajectoryMembers.trajectoryId))
    .where(and(inArray(trajectoryMembers.trajectoryId, [...ids]), isNull(trajectoryMembers.userId)))
    .orderBy(asc(trajectoryMembers.invitedAt))
    .limit(LIST);
}

/**
 * Who on a handed-over team has not answered their own evaluation yet (students and the
 * teacher or coach alike: the teacher reminds the team and answers their own).
 */
async function evaluationsOpen(ids: readonly string[]) {
  return db
    .select({
      trajectoryId: trajectories.id,
      trajectory: trajectories.title,
      userId: trajectoryMembers.userId,
      name: trajectoryMembers.name,
    })
    .from(trajectoryMembers)
    .innerJoin(trajectories, eq(trajectories.id, trajectoryMembers.trajectoryId))
    .leftJoin(
      workshopEvaluations,
      and(eq(workshopEvaluations.trajectoryId, trajectoryMembers.trajectoryId), eq(workshopEvaluations.userId, trajectoryMembers.userId)),
    )
    .where(
      and(
        inArray(trajectoryMembers.trajectoryId, [...ids]),
        isNotNull(trajectoryMembers.userId),
        eq(trajectories.status, "delivered"),
        isNotNull(trajectories.deliveredAt),
        isNull(workshopEvaluations.answeredAt),
      ),
    )
    .orderBy(asc(trajectories.title), asc(trajectoryMembers.name))
    .limit(LIST);
}

/**
 * Students on a running team who logged nothing on it in the last two weeks, once the period is
 * two weeks under way (before that, nothing logged is no silence yet).
 */
async function quietStudents(ids: readonly string[], today: IsoDate) {
  const since = addDays(today, -QUIET_DAYS);
  const lastLogged = sql<string | null>`(select max(h.worked_on)::text from trajectory_hours h
    where h.trajectory_id = ${trajectoryMembers.trajectoryId} and h.user_id = ${trajectoryMembers.userId})`;
  return db
    .select({
      trajectoryId: trajectories.id,
      trajectory: trajectories.title,
      name: trajectoryMembers.name,
      lastWorkedOn: lastLogged,
    })
    .from(trajectoryMembers)
    .innerJoin(trajectories, eq(trajectories.id, trajectoryMembers.trajectoryId))
    .where(
      and(
        inArray(trajectoryMembers.trajectoryId, [...ids]),
        eq(trajectoryMembers.role, "student"),
        isNotNull(trajectoryMembers.userId),
        eq(trajectories.status, "running"),
        sql`${trajectories.periodStart} <= ${since}`,
        sql`coalesce(${lastLogged} < ${since}, true)`,
      ),
    )
    .orderBy(asc(trajectories.title), asc(trajectoryMembers.name))
    .limit(LIST);
}

/**
 * What needs a teacher's (or coach's) attention on the teams they guide: invitations nobody
 * took, milestones in the coming seven days, deliverables past their date and not accepted,
 * evaluations not answered on handed-over work, and students silent for two weeks.
 */
export async function teacherAttention(werkplaatsId: string, userId: string, now = new Date()) {
  const places = await openPlaces(werkplaatsId, userId, ["teacher", "coach"]);
  const ids = places.map((p) => p.id);
  const today = todayIn(now);
  if (ids.length === 0) return { teams: 0, invitations: [], milestones: [], overdue: [], evaluations: [], quiet: [], total: 0 };
  const [invitations, milestones, overdue, evaluations, quiet] = await Promise.all([
    invitationsOpen(ids),
    milestonesAhead(ids, now, new Date(now.getTime() + 7 * 86_400_000), LIST),
    deliverablesOwed(atWork(places), { dueBefore: today, limit: LIST }),
    evaluationsOpen(ids),
    quietStudents(ids, today),
  ]);
  return {
    teams: ids.length,
    invitations,
    milestones,
    overdue,
    evaluations,
    quiet,
    total: invitations.length + milestones.length + overdue.length + evaluations.length + quiet.length,
  };
}
