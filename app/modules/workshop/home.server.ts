import { and, asc, count, countDistinct, eq, gt, gte, inArray, isNotNull, isNull, lt, ne, or, sql } from "drizzle-orm";
import {
  events,
  hackathonChallenges,
  hackathonTeamMembers,
  hackathonTeams,
  internshipAssignments,
  trajectories,
  trajectoryMembers,
  trajectoryMilestones,
  users,
  workshopEvaluations,
  workshopIntakes,
} from "#db/schema";
import type { Role } from "~/modules/auth";
import { db } from "~/utils/db.server";
import { todayIn } from "~/utils/zoned-time";
import { openChallenges } from "./hackathons/challenges.server";
import { teacherAttention } from "./teacher-attention.server";
import { studentDesk } from "./team-desk.server";

/**
 * The trajectories someone holds an accepted place on, each with its next milestone and whether
 * their own evaluation waits: handed over (delivered, or closed after delivery, as the team
 * page's form opens) and not answered by them yet. A closed trajectory stays on the list only
 * while that evaluation waits.
 */
async function myTrajectories(werkplaatsId: string, userId: string, now: Date) {
  const handedOver = and(isNotNull(trajectories.deliveredAt), inArray(trajectories.status, ["delivered", "closed"]));
  const rows = await db
    .select({
      id: trajectories.id,
      title: trajectories.title,
      status: trajectories.status,
      role: trajectoryMembers.role,
      organisation: workshopIntakes.organisation,
      evaluationWaiting: sql<boolean>`(${handedOver} and ${workshopEvaluations.id} is null)`,
    })
    .from(trajectoryMembers)
    .innerJoin(trajectories, eq(trajectories.id, trajectoryMembers.trajectoryId))
    .innerJoin(workshopIntakes, eq(workshopIntakes.id, trajectories.intakeId))
    .leftJoin(
      workshopEvaluations,
      and(eq(workshopEvaluations.trajectoryId, trajectories.id), eq(workshopEvaluations.userId, trajectoryMembers.userId)),
    )
    .where(
      and(
        eq(trajectoryMembers.werkplaatsId, werkplaatsId),
        eq(trajectoryMembers.userId, userId),
        or(ne(trajectories.status, "closed"), and(handedOver, isNull(workshopEvaluations.id))),
      ),
    )
    .orderBy(asc(trajectories.periodStart))
    .limit(10);
  const ids = rows.map((r) => r.id);
  const milestones = ids.length
    ? await db
        .select({
          trajectoryId: trajectoryMilestones.trajectoryId,
          title: trajectoryMilestones.title,
          startsAt: trajectoryMilestones.startsAt,
        })
        .from(trajectoryMilestones)
        .where(and(inArray(trajectoryMilestones.trajectoryId, ids), gt(trajectoryMilestones.startsAt, now)))
        .orderBy(asc(trajectoryMilestones.startsAt))
    : [];
  return rows.map((r) => ({ ...r, nextMilestone: milestones.find((m) => m.trajectoryId === r.id) ?? null }));
}

/** Places on a team someone was invited to (by their address) and has not taken yet. */
async function openTeamInvitations(werkplaatsId: string, userId: string) {
  return db
    .select({ trajectoryId: trajectories.id, title: trajectories.title })
    .from(trajectoryMembers)
    .innerJoin(trajectories, eq(trajectories.id, trajectoryMembers.trajectoryId))
    .innerJoin(users, eq(users.email, trajectoryMembers.email))
    .where(
      and(
        eq(trajectoryMembers.werkplaatsId, werkplaatsId),
        eq(users.id, userId),
        isNull(trajectoryMembers.userId),
        sql`${trajectories.status} <> 'closed'`,
      ),
    )
    .limit(5);
}

/** The hackathon teams someone is in, for hackathons not yet over. */
async function myHackathonTeams(userId: string, now: Date) {
  return db
    .select({
      team: hackathonTeams.name,
      challenge: hackathonChallenges.title,
      eventId: events.id,
      eventTitleNl: events.titleNl,
      eventTitleEn: events.titleEn,
      startsAt: events.startsAt,
    })
    .from(hackathonTeamMembers)
    .innerJoin(hackathonTeams, eq(hackathonTeams.id, hackathonTeamMembers.teamId))
    .innerJoin(hackathonChallenges, eq(hackathonChallenges.id, hackathonTeams.challengeId))
    .innerJoin(events, eq(events.id, hackathonTeamMembers.eventId))
    .where(and(eq(hackathonTeamMembers.userId, userId), gt(events.endsAt, now)))
    .orderBy(asc(events.startsAt));
}

/**
 * What the Digitale Werkplaats has done this year, as partners may see it: counts only, no SME's
 * name. Each figure is counted here once; the partners' own pages take it from this function.
 */
export async function workshopFigures(werkplaatsId: string, year: number) {
  const start = `${year}-01-01`;
  const end = `${year + 1}-01-01`;
  const [[running], [delivered], [challenges], [internships]] = await Promise.all([
    db
      .select({ n: count() })
      .from(trajectories)
      .where(and(eq(trajectories.werkplaatsId, werkplaatsId), inArray(trajectories.status, ["forming", "running"]))),
    db
      .select({ n: count(), smes: countDistinct(trajectories.intakeId) })
      .from(trajectories)
      .where(
        and(
          eq(trajectories.werkplaatsId, werkplaatsId),
          gte(trajectories.deliveredAt, new Date(`${start}T00:00:00Z`)),
          lt(trajectories.deliveredAt, new Date(`${end}T00:00:00Z`)),
        ),
      ),
    db
      .select({ n: count() })
      .from(hackathonChallenges)
      .innerJoin(events, eq(events.id, hackathonChallenges.eventId))
      .where(
        and(
          eq(hackathonChallenges.werkplaatsId, werkplaatsId),
          gte(events.startsAt, new Date(`${start}T00:00:00Z`)),
          lt(events.startsAt, new Date(`${end}T00:00:00Z`)),
        ),
      ),
    db
      .select({ n: count() })
      .from(internshipAssignments)
      .where(
        and(
          eq(internshipAssignments.werkplaatsId, werkplaatsId),
          gte(internshipAssignments.startsOn, start),
          lt(internshipAssignments.startsOn, end),
        ),
      ),
  ]);
  return {
    year,
    running: running?.n ?? 0,
    delivered: delivered?.n ?? 0,
    challenges: challenges?.n ?? 0,
    internships: internships?.n ?? 0,
  };
}

/**
 * The workshop part of a start page, by role: students and teachers their teams with the next
 * milestone, open invitations and hackathon teams; students the open challenges and their desk
 * (milestones, experts, hours, deliverables); teachers what needs their attention and how many
 * stage-opdrachten wait for a student; partners the year's figures. Null for everyone else.
 */
export async function workshopHome(werkplaatsId: string, userId: string, roles: readonly Role[], now = new Date()) {
  const student = roles.includes("student");
  const teacher = roles.includes("teacher");
  const partner = roles.includes("partner");
  if (!student && !teacher && !partner) return null;
  const onTeams = student || teacher;
  const today = todayIn(now);
  const [trajectoryList, invitations, teams, challenges, openAssignments, figures, desk, attention] = await Promise.all([
    onTeams ? myTrajectories(werkplaatsId, userId, now) : [],
    onTeams ? openTeamInvitations(werkplaatsId, userId) : [],
    student ? myHackathonTeams(userId, now) : [],
    student ? openChallenges(werkplaatsId, now) : [],
    teacher
      ? db
          .select({ n: count() })
          .from(internshipAssignments)
          .where(
            and(
              eq(internshipAssignments.werkplaatsId, werkplaatsId),
              isNull(internshipAssignments.studentId),
              gte(internshipAssignments.endsOn, today),
            ),
          )
          .then(([row]) => row?.n ?? 0)
      : 0,
    partner ? workshopFigures(werkplaatsId, Number(today.slice(0, 4))) : null,
    student ? studentDesk(werkplaatsId, userId, now) : null,
    teacher ? teacherAttention(werkplaatsId, userId, now) : null,
  ]);
  return {
    student,
    teacher,
    today,
    trajectories: trajectoryList,
    invitations,
    teams,
    challenges,
    openAssignments,
    figures,
    desk,
    attention,
  };
}
