import { and, eq, inArray, sql } from "drizzle-orm";
import {
  companyMembers,
  expertProfiles,
  memberProfiles,
  trajectories,
  trajectoryExperts,
  users,
  workshopEvaluations,
  workshopIntakes,
} from "#db/schema";
import { monthOf } from "~/utils/calendar";
import { db } from "~/utils/db.server";
import { notFound } from "~/utils/errors";
import { todayIn } from "~/utils/zoned-time";
import { rankExperts } from "./ranking";

/** A trajectory of this werkplaats with what matching needs (404 for another werkplaats's). */
export async function trajectoryForMatching(werkplaatsId: string, trajectoryId: string) {
  const [row] = await db
    .select({
      id: trajectories.id,
      title: trajectories.title,
      themes: trajectories.themes,
      question: trajectories.clarifiedQuestion,
      periodStart: trajectories.periodStart,
      periodEnd: trajectories.periodEnd,
      status: trajectories.status,
      organisation: workshopIntakes.organisation,
      smeCompanyId: workshopIntakes.companyId,
    })
    .from(trajectories)
    .innerJoin(workshopIntakes, eq(workshopIntakes.id, trajectories.intakeId))
    .where(and(eq(trajectories.id, trajectoryId), eq(trajectories.werkplaatsId, werkplaatsId)));
  if (!row) throw notFound();
  return row;
}

/** The experts on a trajectory (invited, accepted, declined, ended) with contact details. */
export async function expertsOnTrajectory(werkplaatsId: string, trajectoryId: string) {
  return db
    .select({
      id: trajectoryExperts.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      hoursPerMonth: trajectoryExperts.hoursPerMonth,
      status: trajectoryExperts.status,
      startsOn: trajectoryExperts.startsOn,
      endsOn: trajectoryExperts.endsOn,
    })
    .from(trajectoryExperts)
    .innerJoin(users, eq(users.id, trajectoryExperts.userId))
    .where(and(eq(trajectoryExperts.werkplaatsId, werkplaatsId), eq(trajectoryExperts.trajectoryId, trajectoryId)))
    .orderBy(users.name);
}

/**
 * The ranked suggestion list for a trajectory: every opted-in expert with their tags, what is
 * free of their pledge this month, how many trajectories they are on now and the expert ratings
 * given by teams of trajectories they were on.
 */
export async function expertSuggestions(werkplaatsId: string, trajectoryId: string, today = todayIn()) {
  const trajectory = await trajectoryForMatching(werkplaatsId, trajectoryId);
  const month = monthOf(today);
  const experts = await db
    .select({
      userId: expertProfiles.userId,
      name: users.name,
      email: users.email,
      languages: expertProfiles.languages,
      hoursPerMonth: expertProfiles.hoursPerMonth,
      tags: memberProfiles.expertise,
      companyId: companyMembers.companyId,
      bookedHours:
        sql<number>`expert_month_load(${expertProfiles.werkplaatsId}, ${expertProfiles.userId}, ${month.start}::date, ${month.end}::date, null)`.mapWith(
          Number,
        ),
    })
    .from(expertProfiles)
    .innerJoin(users, eq(users.id, expertProfiles.userId))
    .innerJoin(
      memberProfiles,
      and(eq(memberProfiles.werkplaatsId, expertProfiles.werkplaatsId), eq(memberProfiles.userId, expertProfiles.userId)),
    )
    .leftJoin(
      companyMembers,
      and(eq(companyMembers.werkplaatsId, expertProfiles.werkplaatsId), eq(companyMembers.userId, expertProfiles.userId)),
    )
    .where(eq(expertProfiles.werkplaatsId, werkplaatsId));
  const ids = experts.map((e) => e.userId);
  const places =
    ids.length === 0
      ? []
      : await db
          .select({
            userId: trajectoryExperts.userId,
            trajectoryId: trajectoryExperts.trajectoryId,
            status: trajectoryExperts.status,
            endsOn: trajectoryExperts.endsOn,
          })
          .from(trajectoryExperts)
          .where(and(eq(trajectoryExperts.werkplaatsId, werkplaatsId), inArray(trajectoryExperts.userId, ids)));
  const ratings =
    ids.length === 0
      ? []
      : await db
          .select({ userId: trajectoryExperts.userId, rating: workshopEvaluations.expertRating })
          .from(workshopEvaluations)
          .innerJoin(trajectoryExperts, eq(trajectoryExperts.trajectoryId, workshopEvaluations.trajectoryId))
          .where(
            and(
              eq(workshopEvaluations.werkplaatsId, werkplaatsId),
              inArray(trajectoryExperts.userId, ids),
              inArray(trajectoryExperts.status, ["accepted", "ended"]),
              sql`${workshopEvaluations.expertRating} is not null`,
            ),
          );
  const ranked = rankExperts(
    { themes: trajectory.themes, question: trajectory.question, smeCompanyId: trajectory.smeCompanyId },
    experts.map((e) => {
      const mine = places.filter((p) => p.userId === e.userId);
      return {
        ...e,
        activeTrajectories: mine.filter((p) => (p.status === "invited" || p.status === "accepted") && p.endsOn >= today).length,
        ratings: ratings.filter((r) => r.userId === e.userId).map((r) => r.rating ?? 0),
        alreadyOnTrajectory: mine.some((p) => p.trajectoryId === trajectoryId && (p.status === "invited" || p.status === "accepted")),
      };
    }),
  );
  return { trajectory, ranked };
}
