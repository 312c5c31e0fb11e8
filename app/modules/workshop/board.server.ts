import { and, arrayContains, asc, desc, eq, inArray, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { intakeMoves, roleAssignments, users, workshopIntakes } from "#db/schema";
import type { IntakeRoute, IntakeStage } from "#db/schema/enums";
import { db, type Executor } from "~/utils/db.server";
import { conflict, invalid, notFound } from "~/utils/errors";
import { isUuid } from "~/utils/ids";
import type { BoardFilter } from "./intake.schema";
import { allowedMoves, evaluatedByAnswer, moveRefusal } from "./stages";

/** The staff and managers who can own an intake, for the owner filter and field. */
export async function workshopStaff(werkplaatsId: string) {
  return db
    .selectDistinct({ id: users.id, name: users.name })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(and(eq(roleAssignments.werkplaatsId, werkplaatsId), inArray(roleAssignments.role, ["staff", "manager"])))
    .orderBy(asc(users.name));
}

/** The intakes on the board, filtered, oldest first within a column (who waits longest on top). */
export async function intakeBoard(werkplaatsId: string, filter: BoardFilter) {
  const where: (SQL | undefined)[] = [eq(workshopIntakes.werkplaatsId, werkplaatsId)];
  if (filter.theme) where.push(arrayContains(workshopIntakes.themes, [filter.theme]));
  if (filter.sizeClass) where.push(eq(workshopIntakes.sizeClass, filter.sizeClass));
  if (filter.route) where.push(eq(workshopIntakes.route, filter.route));
  if (filter.owner) where.push(eq(workshopIntakes.ownerId, filter.owner));
  const owner = alias(users, "owner");
  return db
    .select({
      id: workshopIntakes.id,
      organisation: workshopIntakes.organisation,
      sizeClass: workshopIntakes.sizeClass,
      themes: workshopIntakes.themes,
      stage: workshopIntakes.stage,
      route: workshopIntakes.route,
      question: workshopIntakes.question,
      ownerName: owner.name,
      createdAt: workshopIntakes.createdAt,
    })
    .from(workshopIntakes)
    .leftJoin(owner, eq(owner.id, workshopIntakes.ownerId))
    .where(and(...where))
    .orderBy(asc(workshopIntakes.createdAt))
    .limit(500);
}

/** One intake with its move log and the moves open to it now; another werkplaats's id is a 404. */
export async function intakeFile(werkplaatsId: string, intakeId: string) {
  if (!isUuid(intakeId)) throw notFound();
  const [intake] = await db
    .select()
    .from(workshopIntakes)
    .where(and(eq(workshopIntakes.id, intakeId), eq(workshopIntakes.werkplaatsId, werkplaatsId)));
  if (!intake) throw notFound();
  const mover = alias(users, "mover");
  const moves = await db
    .select({ from: intakeMoves.fromStage, to: intakeMoves.toStage, at: intakeMoves.movedAt, by: mover.name })
    .from(intakeMoves)
    .leftJoin(mover, eq(mover.id, intakeMoves.movedBy))
    .where(eq(intakeMoves.intakeId, intake.id))
    .orderBy(desc(intakeMoves.movedAt), desc(intakeMoves.id));
  return { intake, moves, next: allowedMoves(intake.stage, intake.route) };
}

/** Vraagarticulatie: notes, the clarified question, the route and the owner (a staff member here). */
export async function articulateIntake(
  werkplaatsId: string,
  intakeId: string,
  input: { notes?: string; clarifiedQuestion?: string; route?: IntakeRoute; ownerId?: string },
) {
  const { intake } = await intakeFile(werkplaatsId, intakeId);
  if (input.ownerId && !(await workshopStaff(werkplaatsId)).some((s) => s.id === input.ownerId))
    throw invalid("workshop.errors.owner", undefined, "ownerId");
  // Past vraagarticulatie the route is fixed by what was matched; it cannot be taken away.
  if (!input.route && intake.route && !["intake", "articulation", "closed"].includes(intake.stage))
    throw invalid("workshop.move.routeFirst", undefined, "route");
  await db
    .update(workshopIntakes)
    .set({
      notes: input.notes ?? "",
      clarifiedQuestion: input.clarifiedQuestion ?? null,
      route: input.route ?? null,
      ownerId: input.ownerId ?? null,
      updatedAt: new Date(),
    })
    .where(and(eq(workshopIntakes.id, intake.id), eq(workshopIntakes.werkplaatsId, werkplaatsId)));
}

/**
 * Moves an intake to another column and logs who, when, from and to. The row is locked so two
 * staff moving the same card at once make two valid moves in turn, never a log that skips a step.
 */
export async function moveIntake(werkplaatsId: string, actorId: string | null, intakeId: string, to: IntakeStage) {
  if (!isUuid(intakeId)) throw notFound();
  await db.transaction(async (tx) => {
    const [intake] = await tx
      .select({ id: workshopIntakes.id, stage: workshopIntakes.stage, route: workshopIntakes.route })
      .from(workshopIntakes)
      .where(and(eq(workshopIntakes.id, intakeId), eq(workshopIntakes.werkplaatsId, werkplaatsId)))
      .for("update");
    if (!intake) throw notFound();
    const refusal = moveRefusal(intake.stage, to, intake.route);
    if (refusal) throw conflict(refusal, { from: intake.stage, to });
    await tx.update(workshopIntakes).set({ stage: to, updatedAt: new Date() }).where(eq(workshopIntakes.id, intake.id));
    await tx.insert(intakeMoves).values({ werkplaatsId, intakeId: intake.id, fromStage: intake.stage, toStage: to, movedBy: actorId });
  });
}

/**
 * The SME answered the evaluation: their card moves to evaluated, logged as a move by nobody
 * (the SME has no account). Runs in the answer's transaction with the card locked, and the
 * answer itself is stored only once, so two answers at once make one move.
 */
export async function moveIntakeOnEvaluation(tx: Executor, intakeId: string, now: Date) {
  const [intake] = await tx
    .select({ id: workshopIntakes.id, werkplaatsId: workshopIntakes.werkplaatsId, stage: workshopIntakes.stage })
    .from(workshopIntakes)
    .where(eq(workshopIntakes.id, intakeId))
    .for("update");
  if (!intake || !evaluatedByAnswer(intake.stage)) return;
  await tx.update(workshopIntakes).set({ stage: "evaluated", updatedAt: now }).where(eq(workshopIntakes.id, intake.id));
  await tx
    .insert(intakeMoves)
    .values({ werkplaatsId: intake.werkplaatsId, intakeId: intake.id, fromStage: intake.stage, toStage: "evaluated", movedAt: now });
}
