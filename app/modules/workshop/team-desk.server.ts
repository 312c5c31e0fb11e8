import { and, asc, eq, gt, inArray, isNotNull, lt, ne, sql } from "drizzle-orm";
import {
  trajectories,
  trajectoryDeliverables,
  trajectoryExperts,
  trajectoryHours,
  trajectoryMembers,
  trajectoryMilestones,
  users,
} from "#db/schema";
import { monthOf, type IsoDate } from "~/utils/calendar";
import { db } from "~/utils/db.server";
import { todayIn } from "~/utils/zoned-time";

/**
 * The trajectories someone holds an accepted place on and that are not closed: the teams a start
 * page speaks about. `onlyAs` narrows to the places of a teacher or coach.
 */
export async function openPlaces(werkplaatsId: string, userId: string, onlyAs?: readonly ("teacher" | "coach")[]) {
  return db
    .select({ id: trajectories.id, title: trajectories.title, status: trajectories.status, periodStart: trajectories.periodStart })
    .from(trajectoryMembers)
    .innerJoin(trajectories, eq(trajectories.id, trajectoryMembers.trajectoryId))
    .where(
      and(
        eq(trajectoryMembers.werkplaatsId, werkplaatsId),
        eq(trajectoryMembers.userId, userId),
        ne(trajectories.status, "closed"),
        onlyAs ? inArray(trajectoryMembers.role, [...onlyAs]) : undefined,
      ),
    )
    .orderBy(asc(trajectories.periodStart));
}

/** The trajectories whose team still works towards delivery: what they owe is still owed. */
export const atWork = (places: readonly { id: string; status: string }[]) =>
  places.filter((p) => p.status !== "delivered").map((p) => p.id);

/** A deliverable counts as still owed until a version of it was accepted. */
const notYetAccepted = sql`not exists (select 1 from trajectory_deliverable_versions v
  where v.deliverable_id = ${trajectoryDeliverables.id} and v.review = 'accepted')`;

/**
 * The deliverables still owed on these trajectories, the next due first (those without a date
 * last), with the latest verdict; `dueBefore` keeps only those whose date lies before that day.
 */
export async function deliverablesOwed(ids: readonly string[], { dueBefore, limit = 10 }: { dueBefore?: IsoDate; limit?: number } = {}) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: trajectoryDeliverables.id,
      trajectoryId: trajectories.id,
      trajectory: trajectories.title,
      title: trajectoryDeliverables.title,
      dueOn: trajectoryDeliverables.dueOn,
      latestReview: sql<"submitted" | "returned" | null>`(select v.review from trajectory_deliverable_versions v
        where v.deliverable_id = ${trajectoryDeliverables.id} order by v.version desc limit 1)`,
    })
    .from(trajectoryDeliverables)
    .innerJoin(trajectories, eq(trajectories.id, trajectoryDeliverables.trajectoryId))
    .where(
      and(
        inArray(trajectoryDeliverables.trajectoryId, [...ids]),
        notYetAccepted,
        dueBefore ? lt(trajectoryDeliverables.dueOn, dueBefore) : undefined,
      ),
    )
    .orderBy(sql`${trajectoryDeliverables.dueOn} asc nulls last`, asc(trajectoryDeliverables.createdAt))
    .limit(limit);
}

/** The milestones ahead on these trajectories, soonest first, until `until` when given. */
export async function milestonesAhead(ids: readonly string[], now: Date, until?: Date, limit = 5) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: trajectoryMilestones.id,
      trajectoryId: trajectories.id,
      trajectory: trajectories.title,
      title: trajectoryMilestones.title,
      startsAt: trajectoryMilestones.startsAt,
    })
    .from(trajectoryMilestones)
    .innerJoin(trajectories, eq(trajectories.id, trajectoryMilestones.trajectoryId))
    .where(
      and(
        inArray(trajectoryMilestones.trajectoryId, [...ids]),
        gt(trajectoryMilestones.startsAt, now),
        until ? lt(trajectoryMilestones.startsAt, until) : undefined,
      ),
    )
    .orderBy(asc(trajectoryMilestones.startsAt))
    .limit(limit);
}

/**
 * The experts who accepted a place on these trajectories, with how to reach them. Only the
 * trajectories the viewer is on come in, so an expert's address reaches their own teams only.
 */
async function teamExperts(ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      trajectoryId: trajectoryExperts.trajectoryId,
      userId: users.id,
      name: users.name,
      email: users.email,
      phone: users.phone,
    })
    .from(trajectoryExperts)
    .innerJoin(users, eq(users.id, trajectoryExperts.userId))
    .where(and(inArray(trajectoryExperts.trajectoryId, [...ids]), eq(trajectoryExperts.status, "accepted")))
    .orderBy(asc(users.name));
}

/**
 * Minutes logged per trajectory: by this person and by the whole team (everyone with a place
 * on it; experts' hours are their in-kind gift and counted there), this month and in all.
 */
async function hoursLogged(ids: readonly string[], userId: string, monthStart: string) {
  if (ids.length === 0) return [];
  const minutes = (where?: ReturnType<typeof sql>) =>
    sql<number>`coalesce(sum(${trajectoryHours.minutes}) ${where ? sql`filter (where ${where})` : sql``}, 0)`.mapWith(Number);
  const mine = sql`${trajectoryHours.userId} = ${userId}`;
  const thisMonth = sql`${trajectoryHours.workedOn} >= ${monthStart}`;
  return db
    .select({
      trajectoryId: trajectoryHours.trajectoryId,
      mineMonth: minutes(sql`${mine} and ${thisMonth}`),
      mineTotal: minutes(mine),
      teamMonth: minutes(thisMonth),
      teamTotal: minutes(),
    })
    .from(trajectoryHours)
    .innerJoin(
      trajectoryMembers,
      and(
        eq(trajectoryMembers.trajectoryId, trajectoryHours.trajectoryId),
        eq(trajectoryMembers.userId, trajectoryHours.userId),
        isNotNull(trajectoryMembers.userId),
      ),
    )
    .where(inArray(trajectoryHours.trajectoryId, [...ids]))
    .groupBy(trajectoryHours.trajectoryId);
}

/**
 * What a student works with from their start page, over the teams they are on (not closed):
 * the next milestones, each team's experts with contact, hours logged (own and team, this month
 * and in all; every team listed, also without hours) and the deliverables still owed.
 */
export async function studentDesk(werkplaatsId: string, userId: string, now = new Date()) {
  const places = await openPlaces(werkplaatsId, userId);
  const ids = places.map((p) => p.id);
  const [milestones, experts, hours, deliverables] = await Promise.all([
    milestonesAhead(ids, now),
    teamExperts(ids),
    hoursLogged(ids, userId, monthOf(todayIn(now)).start),
    deliverablesOwed(atWork(places)),
  ]);
  const perTeam = places.map((p) => {
    const row = hours.find((h) => h.trajectoryId === p.id);
    return { trajectoryId: p.id, title: p.title, mineMonth: 0, mineTotal: 0, teamMonth: 0, teamTotal: 0, ...row };
  });
  const sum = (key: "mineMonth" | "mineTotal" | "teamMonth" | "teamTotal") => perTeam.reduce((s, h) => s + h[key], 0);
  return {
    milestones,
    experts: places
      .map((p) => ({ trajectoryId: p.id, title: p.title, experts: experts.filter((e) => e.trajectoryId === p.id) }))
      .filter((team) => team.experts.length > 0),
    hours: {
      perTeam,
      mineMonth: sum("mineMonth"),
      mineTotal: sum("mineTotal"),
      teamMonth: sum("teamMonth"),
      teamTotal: sum("teamTotal"),
    },
    deliverables,
  };
}
