import { and, desc, eq, sql } from "drizzle-orm";
import { trajectoryHours, trajectoryMembers, users } from "#db/schema";
import { db } from "~/utils/db.server";
import { forbidden, invalid } from "~/utils/errors";
import { toLocalParts, todayIn } from "~/utils/zoned-time";
import { requireTeamAtWork } from "../trajectories/status";
import { hoursPerMilestone, hoursPerPerson } from "./hours";
import type { TeamHoursInput } from "./hours.schema";

type Trajectory = { id: string; werkplaatsId: string; status: string; periodStart: string };

/**
 * Someone on the team (an accepted student, teacher or coach) logs time. Staff who are not on the
 * team have nothing to log here (403); the day lies between the period's start and today.
 * Experts log through their own page, on the place they accepted.
 */
export async function logTeamHours(trajectory: Trajectory, userId: string, input: TeamHoursInput, today = todayIn()) {
  requireTeamAtWork(trajectory);
  const [place] = await db
    .select({ id: trajectoryMembers.id })
    .from(trajectoryMembers)
    .where(and(eq(trajectoryMembers.trajectoryId, trajectory.id), eq(trajectoryMembers.userId, userId)));
  if (!place) throw forbidden("workshop.hours.errors.notOnTeam");
  if (input.workedOn > today || input.workedOn < trajectory.periodStart) {
    throw invalid("workshop.hours.errors.day", { from: trajectory.periodStart }, "workedOn");
  }
  await db.insert(trajectoryHours).values({
    werkplaatsId: trajectory.werkplaatsId,
    trajectoryId: trajectory.id,
    userId,
    workedOn: input.workedOn,
    minutes: input.hours,
    note: input.note ?? "",
  });
}

/** Every logged entry of a trajectory with who logged it: a team role, or "expert" for anyone else placed on it. */
async function entriesOf(trajectoryId: string) {
  return db
    .select({
      id: trajectoryHours.id,
      userId: trajectoryHours.userId,
      name: users.name,
      role: sql<string>`coalesce((select m.role from trajectory_members m
        where m.trajectory_id = ${trajectoryHours.trajectoryId} and m.user_id = ${trajectoryHours.userId}), 'expert')`,
      workedOn: trajectoryHours.workedOn,
      minutes: trajectoryHours.minutes,
      note: trajectoryHours.note,
    })
    .from(trajectoryHours)
    .innerJoin(users, eq(users.id, trajectoryHours.userId))
    .where(eq(trajectoryHours.trajectoryId, trajectoryId))
    .orderBy(desc(trajectoryHours.workedOn), desc(trajectoryHours.createdAt));
}

/** Staff's view of the time spent: totals per person and per milestone, and the grand total. */
export async function hoursOverview(trajectoryId: string, milestones: readonly { id: string; startsAt: Date }[]) {
  const entries = await entriesOf(trajectoryId);
  return {
    totalMinutes: entries.reduce((sum, e) => sum + e.minutes, 0),
    perPerson: hoursPerPerson(entries),
    perMilestone: hoursPerMilestone(
      entries,
      milestones.map((m) => ({ id: m.id, day: toLocalParts(m.startsAt).date })),
    ),
  };
}

/** What one person logged on a trajectory, newest first, for the team page. */
export async function myHours(trajectoryId: string, userId: string) {
  const entries = await entriesOf(trajectoryId);
  const mine = entries.filter((e) => e.userId === userId);
  return { entries: mine.slice(0, 50), totalMinutes: mine.reduce((sum, e) => sum + e.minutes, 0) };
}
