import { and, eq, sql } from "drizzle-orm";
import { expertProfiles, trajectories, trajectoryExperts, users } from "#db/schema";
import { maxDate } from "~/utils/calendar";
import { db, PG, pgErrorOf } from "~/utils/db.server";
import { conflict, notFound } from "~/utils/errors";
import { todayIn } from "~/utils/zoned-time";
import type { InviteInput } from "./experts.schema";

/** What the expert is still free to promise in the busiest month of [from, to]. */
async function freeHours(werkplaatsId: string, userId: string, from: string, to: string) {
  const [row] = await db
    .select({
      pledge: expertProfiles.hoursPerMonth,
      load: sql<number>`expert_month_load(${werkplaatsId}::uuid, ${userId}::uuid, ${from}::date, ${to}::date, null)`.mapWith(Number),
    })
    .from(expertProfiles)
    .where(and(eq(expertProfiles.werkplaatsId, werkplaatsId), eq(expertProfiles.userId, userId)));
  return row ? Math.max(0, row.pledge - row.load) : 0;
}

/**
 * Staff invite an expert onto a trajectory for some hours a month, from today (or the start) to
 * the trajectory's end. Asking again after a no is a new invitation. The database refuses any
 * month beyond the expert's pledge, also when two staff ask for the last hour at once: the one
 * that comes second gets a 409 saying how much is still free.
 */
export async function inviteExpert(werkplaatsId: string, trajectoryId: string, input: InviteInput, invitedBy: string, today = todayIn()) {
  const [trajectory] = await db
    .select({ periodStart: trajectories.periodStart, periodEnd: trajectories.periodEnd, status: trajectories.status })
    .from(trajectories)
    .where(and(eq(trajectories.id, trajectoryId), eq(trajectories.werkplaatsId, werkplaatsId)));
  if (!trajectory) throw notFound();
  if (trajectory.status === "delivered" || trajectory.status === "closed") throw conflict("workshop.experts.errors.trajectoryDone");
  if (trajectory.periodEnd < today) throw conflict("workshop.experts.errors.trajectoryDone");
  const [expert] = await db
    .select({ name: users.name })
    .from(expertProfiles)
    .innerJoin(users, eq(users.id, expertProfiles.userId))
    .where(and(eq(expertProfiles.werkplaatsId, werkplaatsId), eq(expertProfiles.userId, input.userId)));
  if (!expert) throw notFound();
  // Said first, because the pledge check runs before the insert can find the existing place.
  const [existing] = await db
    .select({ status: trajectoryExperts.status })
    .from(trajectoryExperts)
    .where(and(eq(trajectoryExperts.trajectoryId, trajectoryId), eq(trajectoryExperts.userId, input.userId)));
  if (existing?.status === "invited" || existing?.status === "accepted")
    throw conflict("workshop.experts.errors.alreadyOn", undefined, "userId");
  const place = {
    werkplaatsId,
    trajectoryId,
    userId: input.userId,
    hoursPerMonth: input.hoursPerMonth,
    startsOn: maxDate(trajectory.periodStart, today),
    endsOn: trajectory.periodEnd,
    invitedBy,
  };
  try {
    const [row] = await db
      .insert(trajectoryExperts)
      .values(place)
      .onConflictDoUpdate({
        target: [trajectoryExperts.trajectoryId, trajectoryExperts.userId],
        set: { ...place, status: "invited", invitedAt: sql`now()`, answeredAt: null },
        setWhere: sql`${trajectoryExperts.status} in ('declined', 'ended')`,
      })
      .returning({ id: trajectoryExperts.id });
    if (!row) throw conflict("workshop.experts.errors.alreadyOn", undefined, "userId");
    return { id: row.id, name: expert.name };
  } catch (error) {
    const pg = pgErrorOf(error);
    if (pg?.code === PG.checkViolation && pg.constraint === "expert_hours_per_month") {
      const free = await freeHours(werkplaatsId, input.userId, place.startsOn, place.endsOn);
      throw conflict("workshop.experts.errors.noHours", { free, asked: input.hoursPerMonth }, "hoursPerMonth");
    }
    throw error;
  }
}

/** The expert says yes or no to an invitation of their own; only an open invitation can be answered. */
export async function answerInvitation(werkplaatsId: string, placeId: string, userId: string, answer: "accept" | "decline") {
  const [row] = await db
    .update(trajectoryExperts)
    .set({ status: answer === "accept" ? "accepted" : "declined", answeredAt: sql`now()` })
    .where(
      and(
        eq(trajectoryExperts.id, placeId),
        eq(trajectoryExperts.werkplaatsId, werkplaatsId),
        eq(trajectoryExperts.userId, userId),
        eq(trajectoryExperts.status, "invited"),
      ),
    )
    .returning({ id: trajectoryExperts.id });
  if (row) return;
  const [mine] = await db
    .select({ id: trajectoryExperts.id })
    .from(trajectoryExperts)
    .where(and(eq(trajectoryExperts.id, placeId), eq(trajectoryExperts.werkplaatsId, werkplaatsId), eq(trajectoryExperts.userId, userId)));
  throw mine ? conflict("workshop.experts.errors.alreadyAnswered") : notFound();
}
