import { and, asc, count, desc, eq, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { trajectories, trajectoryMembers, trajectoryMoves, users, workshopIntakes } from "#db/schema";
import type { TrajectoryStatus } from "#db/schema/enums";
import { db } from "~/utils/db.server";
import { conflict, notFound } from "~/utils/errors";
import { isUuid } from "~/utils/ids";
import { askSmeEvaluation } from "../evaluations/evaluations.server";
import { mayMove, nextStatuses } from "./status";
import type { TrajectoryFormInput } from "./trajectory.schema";

/** The intake a trajectory may start from: this werkplaats's, routed to an advisory trajectory, still open. */
export async function intakeForTrajectory(werkplaatsId: string, intakeId: string) {
  if (!isUuid(intakeId)) throw notFound();
  const [intake] = await db
    .select()
    .from(workshopIntakes)
    .where(and(eq(workshopIntakes.id, intakeId), eq(workshopIntakes.werkplaatsId, werkplaatsId)));
  if (!intake) throw notFound();
  if (intake.route !== "advisory_trajectory") throw conflict("workshop.trajectory.errors.route");
  if (intake.stage === "closed") throw conflict("workshop.trajectory.errors.intakeClosed");
  const [existing] = await db.select({ id: trajectories.id }).from(trajectories).where(eq(trajectories.intakeId, intake.id));
  return { intake, existingId: existing?.id ?? null };
}

/**
 * Starts a trajectory on an intake. One intake is one trajectory: the unique key on `intake_id`
 * turns a double submit (or two staff at once) into a 409 instead of a second team.
 */
export async function createTrajectory(werkplaatsId: string, actorId: string, input: TrajectoryFormInput) {
  const { intake } = await intakeForTrajectory(werkplaatsId, input.intakeId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(trajectories)
      .values({
        werkplaatsId,
        intakeId: intake.id,
        title: input.title,
        themes: input.themes,
        clarifiedQuestion: input.clarifiedQuestion,
        institutions: input.institutions,
        programme: input.programme,
        levels: input.levels,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        createdBy: actorId,
      })
      .onConflictDoNothing({ target: trajectories.intakeId })
      .returning({ id: trajectories.id });
    if (!row) throw conflict("workshop.trajectory.errors.exists");
    await tx.insert(trajectoryMoves).values({ werkplaatsId, trajectoryId: row.id, toStatus: "forming", movedBy: actorId });
    return row.id;
  });
}

/** The werkplaats's trajectories, newest school period first, with the SME and the team's size. */
export async function listTrajectories(werkplaatsId: string, filter: { status?: TrajectoryStatus }) {
  const where: SQL[] = [eq(trajectories.werkplaatsId, werkplaatsId)];
  if (filter.status) where.push(eq(trajectories.status, filter.status));
  return db
    .select({
      id: trajectories.id,
      title: trajectories.title,
      status: trajectories.status,
      organisation: workshopIntakes.organisation,
      periodStart: trajectories.periodStart,
      periodEnd: trajectories.periodEnd,
      levels: trajectories.levels,
      team: count(trajectoryMembers.id),
    })
    .from(trajectories)
    .innerJoin(workshopIntakes, eq(workshopIntakes.id, trajectories.intakeId))
    .leftJoin(trajectoryMembers, eq(trajectoryMembers.trajectoryId, trajectories.id))
    .where(and(...where))
    .groupBy(trajectories.id, workshopIntakes.organisation)
    .orderBy(desc(trajectories.periodStart), asc(trajectories.title))
    .limit(500);
}

/** One trajectory with its SME and team; another werkplaats's id (or a malformed one) is a 404. */
export async function trajectoryFile(werkplaatsId: string, trajectoryId: string) {
  if (!isUuid(trajectoryId)) throw notFound();
  const [found] = await db
    .select({ trajectory: trajectories, intake: workshopIntakes })
    .from(trajectories)
    .innerJoin(workshopIntakes, eq(workshopIntakes.id, trajectories.intakeId))
    .where(and(eq(trajectories.id, trajectoryId), eq(trajectories.werkplaatsId, werkplaatsId)));
  if (!found) throw notFound();
  const members = await db
    .select()
    .from(trajectoryMembers)
    .where(eq(trajectoryMembers.trajectoryId, trajectoryId))
    .orderBy(asc(trajectoryMembers.role), asc(trajectoryMembers.name));
  const { smeTokenHash: _hash, ...trajectory } = found.trajectory;
  return {
    trajectory,
    sme: { organisation: found.intake.organisation, contactName: found.intake.contactName, email: found.intake.email },
    members,
    next: nextStatuses(trajectory.status),
  };
}

/**
 * Moves a trajectory's status: the one place a status changes. The row is locked, so two staff
 * pressing "delivered" at once make one move and one clear 409, never a second delivery date.
 * The move is logged and delivery asks the SME to evaluate, both in the same transaction, so
 * the history never misses a step and a refused move leaves no trace.
 */
export async function moveTrajectory(werkplaatsId: string, actorId: string, trajectoryId: string, to: TrajectoryStatus, now = new Date()) {
  if (!isUuid(trajectoryId)) throw notFound();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: trajectories.id, status: trajectories.status })
      .from(trajectories)
      .where(and(eq(trajectories.id, trajectoryId), eq(trajectories.werkplaatsId, werkplaatsId)))
      .for("update");
    if (!row) throw notFound();
    if (!mayMove(row.status, to)) throw conflict("workshop.trajectory.errors.move", { from: row.status, to });
    await tx
      .update(trajectories)
      .set({
        status: to,
        updatedAt: now,
        ...(to === "delivered" ? { deliveredAt: now } : {}),
        ...(to === "closed" ? { closedAt: now } : {}),
      })
      .where(eq(trajectories.id, row.id));
    await tx
      .insert(trajectoryMoves)
      .values({ werkplaatsId, trajectoryId: row.id, fromStatus: row.status, toStatus: to, movedBy: actorId, movedAt: now });
    if (to === "delivered") await askSmeEvaluation(tx, werkplaatsId, row.id, now);
  });
}

/** A trajectory's status history, newest first, with who moved it (null once that account is gone). */
export async function trajectoryMovesOf(trajectoryId: string) {
  const mover = alias(users, "mover");
  return db
    .select({ from: trajectoryMoves.fromStatus, to: trajectoryMoves.toStatus, at: trajectoryMoves.movedAt, by: mover.name })
    .from(trajectoryMoves)
    .leftJoin(mover, eq(mover.id, trajectoryMoves.movedBy))
    .where(eq(trajectoryMoves.trajectoryId, trajectoryId))
    .orderBy(desc(trajectoryMoves.movedAt), desc(trajectoryMoves.id));
}
