import { and, eq, inArray } from "drizzle-orm";
import { trajectoryExperts, trajectoryMembers, workshopEvaluations } from "#db/schema";
import type { TrajectoryStatus } from "#db/schema/enums";
import { db } from "~/utils/db.server";
import { conflict, forbidden } from "~/utils/errors";
import type { TeamEvaluationInput } from "./evaluations.schema";

type Trajectory = { id: string; werkplaatsId: string; status: TrajectoryStatus; deliveredAt: Date | null };

/** Only what was handed over can be judged: delivered, or closed after delivery. */
const delivered = (t: Trajectory) => t.deliveredAt !== null && (t.status === "delivered" || t.status === "closed");

/** Whether the trajectory had an expert who took the place, so the form asks about them. */
async function hadExperts(trajectoryId: string) {
  const [row] = await db
    .select({ id: trajectoryExperts.id })
    .from(trajectoryExperts)
    .where(and(eq(trajectoryExperts.trajectoryId, trajectoryId), inArray(trajectoryExperts.status, ["accepted", "ended"])))
    .limit(1);
  return Boolean(row);
}

/** The person's accepted place on the team (a place has a user only once accepted). */
async function placeOn(trajectoryId: string, userId: string) {
  const [place] = await db
    .select({ role: trajectoryMembers.role })
    .from(trajectoryMembers)
    .where(and(eq(trajectoryMembers.trajectoryId, trajectoryId), eq(trajectoryMembers.userId, userId)));
  return place ?? null;
}

/**
 * The team page's evaluation for one person: not open (not on the team, or not delivered yet),
 * open with or without the expert question, or already answered (with the answer, to show).
 */
export async function teamEvaluationFor(trajectory: Trajectory, userId: string) {
  const place = await placeOn(trajectory.id, userId);
  if (!place || !delivered(trajectory)) return null;
  const [answer] = await db
    .select({
      answeredAt: workshopEvaluations.answeredAt,
      rating: workshopEvaluations.rating,
      teamRating: workshopEvaluations.teamRating,
      smeRating: workshopEvaluations.smeRating,
      expertRating: workshopEvaluations.expertRating,
    })
    .from(workshopEvaluations)
    .where(and(eq(workshopEvaluations.trajectoryId, trajectory.id), eq(workshopEvaluations.userId, userId)));
  return { answer: answer ?? null, asksExpert: await hadExperts(trajectory.id) };
}

/**
 * Stores a student's or the teacher's evaluation, once: the unique key (trajectory, person)
 * turns a second post, or two at once, into a 409. Someone not on the team is refused (403);
 * before delivery there is nothing to evaluate (409). The expert mark is kept only when the
 * trajectory had an expert, and then it counts in the expert's ranking.
 */
export async function answerTeamEvaluation(trajectory: Trajectory, userId: string, input: TeamEvaluationInput, now = new Date()) {
  const place = await placeOn(trajectory.id, userId);
  if (!place) throw forbidden();
  if (!delivered(trajectory)) throw conflict("workshop.evaluation.errors.notDelivered");
  const [row] = await db
    .insert(workshopEvaluations)
    .values({
      werkplaatsId: trajectory.werkplaatsId,
      trajectoryId: trajectory.id,
      respondent: place.role === "student" ? "student" : "teacher",
      userId,
      askedAt: trajectory.deliveredAt ?? now,
      answeredAt: now,
      rating: input.rating,
      teamRating: input.teamRating,
      smeRating: input.smeRating,
      expertRating: (await hadExperts(trajectory.id)) ? (input.expertRating ?? null) : null,
      comment: input.comment ?? "",
    })
    .onConflictDoNothing()
    .returning({ id: workshopEvaluations.id });
  if (!row) throw conflict("workshop.evaluation.errors.already");
}
