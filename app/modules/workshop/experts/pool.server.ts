import { and, desc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import {
  expertProfiles,
  expertSettings,
  trajectories,
  trajectoryExperts,
  trajectoryHours,
  trajectoryMembers,
  users,
  workshopIntakes,
} from "#db/schema";
import type { IsoDate } from "~/utils/calendar";
import { monthOf } from "~/utils/calendar";
import { db } from "~/utils/db.server";
import { conflict, invalid, notFound } from "~/utils/errors";
import { divideHalfUp } from "~/utils/money";
import { todayIn } from "~/utils/zoned-time";
import type { LogHoursInput } from "./experts.schema";

/** An expert's places (open invitations first), each with its team and the hours they logged. */
export async function myExpertPlaces(werkplaatsId: string, userId: string) {
  const places = await db
    .select({
      id: trajectoryExperts.id,
      trajectoryId: trajectories.id,
      title: trajectories.title,
      organisation: workshopIntakes.organisation,
      question: trajectories.clarifiedQuestion,
      status: trajectoryExperts.status,
      hoursPerMonth: trajectoryExperts.hoursPerMonth,
      startsOn: trajectoryExperts.startsOn,
      endsOn: trajectoryExperts.endsOn,
      loggedMinutes: sql<number>`(select coalesce(sum(h.minutes), 0) from trajectory_hours h
        where h.trajectory_id = ${trajectoryExperts.trajectoryId} and h.user_id = ${trajectoryExperts.userId})`.mapWith(Number),
    })
    .from(trajectoryExperts)
    .innerJoin(trajectories, eq(trajectories.id, trajectoryExperts.trajectoryId))
    .innerJoin(workshopIntakes, eq(workshopIntakes.id, trajectories.intakeId))
    .where(and(eq(trajectoryExperts.werkplaatsId, werkplaatsId), eq(trajectoryExperts.userId, userId)))
    .orderBy(sql`${trajectoryExperts.status} <> 'invited'`, desc(trajectoryExperts.endsOn));
  const ids = places.filter((p) => p.status === "accepted" || p.status === "ended").map((p) => p.trajectoryId);
  const team =
    ids.length === 0
      ? []
      : await db
          .select({
            trajectoryId: trajectoryMembers.trajectoryId,
            name: trajectoryMembers.name,
            email: trajectoryMembers.email,
            role: trajectoryMembers.role,
            teamRole: trajectoryMembers.teamRole,
          })
          .from(trajectoryMembers)
          .where(and(inArray(trajectoryMembers.trajectoryId, ids), sql`${trajectoryMembers.acceptedAt} is not null`))
          .orderBy(trajectoryMembers.role, trajectoryMembers.name);
  const [profile] = await db
    .select({ hoursPerMonth: expertProfiles.hoursPerMonth })
    .from(expertProfiles)
    .where(and(eq(expertProfiles.werkplaatsId, werkplaatsId), eq(expertProfiles.userId, userId)));
  return {
    pledge: profile?.hoursPerMonth ?? null,
    places: places.map((p) => ({ ...p, team: team.filter((m) => m.trajectoryId === p.trajectoryId) })),
  };
}

/** An expert logs time on a trajectory they accepted, on a day within their period and not in the future. */
export async function logExpertHours(werkplaatsId: string, userId: string, input: LogHoursInput, today = todayIn()) {
  const [place] = await db
    .select({
      trajectoryId: trajectoryExperts.trajectoryId,
      status: trajectoryExperts.status,
      startsOn: trajectoryExperts.startsOn,
      endsOn: trajectoryExperts.endsOn,
    })
    .from(trajectoryExperts)
    .where(
      and(eq(trajectoryExperts.id, input.placeId), eq(trajectoryExperts.werkplaatsId, werkplaatsId), eq(trajectoryExperts.userId, userId)),
    );
  if (!place) throw notFound();
  if (place.status !== "accepted" && place.status !== "ended") throw conflict("workshop.experts.errors.notAccepted");
  if (input.workedOn > today || input.workedOn < place.startsOn || input.workedOn > place.endsOn) {
    throw invalid("workshop.experts.errors.loggedDay", { from: place.startsOn, to: place.endsOn }, "workedOn");
  }
  await db.insert(trajectoryHours).values({
    werkplaatsId,
    trajectoryId: place.trajectoryId,
    userId,
    workedOn: input.workedOn,
    minutes: input.hours,
    note: input.note ?? "",
  });
}

/** The value of an expert hour given in kind, as the manager set it (0 until then). */
export async function expertHourRate(werkplaatsId: string) {
  const [row] = await db
    .select({ cents: expertSettings.inKindHourRateCents })
    .from(expertSettings)
    .where(eq(expertSettings.werkplaatsId, werkplaatsId));
  return row?.cents ?? 0;
}

export async function setExpertHourRate(werkplaatsId: string, cents: number, updatedBy: string) {
  await db
    .insert(expertSettings)
    .values({ werkplaatsId, inKindHourRateCents: cents, updatedBy })
    .onConflictDoUpdate({ target: expertSettings.werkplaatsId, set: { inKindHourRateCents: cents, updatedBy, updatedAt: sql`now()` } });
}

/** Hours count in kind only when their author was placed on the trajectory as an expert (a student's hours are not a gift). */
export const loggedByPlacedExpert = and(
  eq(trajectoryExperts.trajectoryId, trajectoryHours.trajectoryId),
  eq(trajectoryExperts.userId, trajectoryHours.userId),
  inArray(trajectoryExperts.status, ["accepted", "ended"]),
);

/** Hours logged in a werkplaats on the days of a period (inclusive). */
export const hoursLoggedIn = (werkplaatsId: string, period: { start: IsoDate; end: IsoDate }) =>
  and(
    eq(trajectoryHours.werkplaatsId, werkplaatsId),
    gte(trajectoryHours.workedOn, period.start),
    lte(trajectoryHours.workedOn, period.end),
  );

/**
 * Expert hours given in kind over a period (days inclusive): the time experts logged on
 * trajectories they were placed on, valued at the manager's rate. The one figure the partners
 * and impact pages report for in-kind expert time.
 */
export async function expertHoursValue(werkplaatsId: string, period: { start: IsoDate; end: IsoDate }) {
  const [row] = await db
    .select({ minutes: sql<number>`coalesce(sum(${trajectoryHours.minutes}), 0)`.mapWith(Number) })
    .from(trajectoryHours)
    .innerJoin(trajectoryExperts, loggedByPlacedExpert)
    .where(hoursLoggedIn(werkplaatsId, period));
  const minutes = row?.minutes ?? 0;
  const rateCents = await expertHourRate(werkplaatsId);
  return { minutes, rateCents, valueCents: divideHalfUp(minutes * rateCents, 60) };
}

/** The pool for the manager: each expert's pledge, what this month holds and the hours they logged this year. */
export async function expertPool(werkplaatsId: string, today = todayIn()) {
  const month = monthOf(today);
  const yearStart = `${today.slice(0, 4)}-01-01`;
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      hoursPerMonth: expertProfiles.hoursPerMonth,
      languages: expertProfiles.languages,
      bookedThisMonth:
        sql<number>`expert_month_load(${expertProfiles.werkplaatsId}, ${expertProfiles.userId}, ${month.start}::date, ${month.end}::date, null)`.mapWith(
          Number,
        ),
      loggedMinutesThisYear: sql<number>`(select coalesce(sum(h.minutes), 0) from trajectory_hours h
        join trajectory_experts te on te.trajectory_id = h.trajectory_id and te.user_id = h.user_id and te.status in ('accepted', 'ended')
        where h.werkplaats_id = ${werkplaatsId} and h.user_id = ${expertProfiles.userId} and h.worked_on >= ${yearStart}::date)`.mapWith(
        Number,
      ),
    })
    .from(expertProfiles)
    .innerJoin(users, eq(users.id, expertProfiles.userId))
    .where(eq(expertProfiles.werkplaatsId, werkplaatsId))
    .orderBy(users.name);
}
