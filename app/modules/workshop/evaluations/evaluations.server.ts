import { and, asc, eq, gt, isNull, lte, sql } from "drizzle-orm";
import { trajectories, users, werkplaatsen, workshopEvaluations, workshopIntakes } from "#db/schema";
import { hashToken, newToken } from "~/modules/auth/index.server";
import { enqueueMail } from "~/modules/notifications/index.server";
import { db, type Executor } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { todayIn } from "~/utils/zoned-time";
import { moveIntakeOnEvaluation } from "../board.server";
import type { FollowUpAnswerInput, SmeEvaluationInput } from "./evaluations.schema";
import { EVALUATION_LINK_DAYS, FOLLOW_UP_LINK_DAYS, followUpDueOn, linkExpiry } from "./follow-up";

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/** The SME of a trajectory: who gets the mails, in their language. */
async function smeOf(tx: Executor, trajectoryId: string) {
  const [row] = await tx
    .select({
      title: trajectories.title,
      contactName: workshopIntakes.contactName,
      email: workshopIntakes.email,
      locale: workshopIntakes.locale,
      werkplaats: werkplaatsen.name,
    })
    .from(trajectories)
    .innerJoin(workshopIntakes, eq(workshopIntakes.id, trajectories.intakeId))
    .innerJoin(werkplaatsen, eq(werkplaatsen.id, trajectories.werkplaatsId))
    .where(eq(trajectories.id, trajectoryId));
  return row!;
}

/**
 * At delivery the SME gets an evaluation link: purpose-bound (it only opens this form), stored
 * hashed, one use, a month long. Called in the transaction that moves the trajectory, so the
 * mail exists exactly when the delivery does; the unique key on the SME's evaluation makes a
 * second delivery (which the status rule forbids anyway) ask nothing twice.
 */
export async function askSmeEvaluation(tx: Executor, werkplaatsId: string, trajectoryId: string, now: Date) {
  const { token, hash } = newToken();
  const [row] = await tx
    .insert(workshopEvaluations)
    .values({
      werkplaatsId,
      trajectoryId,
      respondent: "sme",
      tokenHash: hash,
      tokenExpiresAt: linkExpiry(now, EVALUATION_LINK_DAYS),
      askedAt: now,
      followUpDueOn: followUpDueOn(todayIn(now)),
    })
    .onConflictDoNothing()
    .returning({ id: workshopEvaluations.id });
  if (!row) return;
  const sme = await smeOf(tx, trajectoryId);
  await enqueueMail(tx, {
    werkplaatsId,
    to: sme.email,
    locale: sme.locale === "en" ? "en" : "nl",
    template: "mail.workshopEvaluation",
    vars: { name: sme.contactName, title: sme.title, werkplaats: sme.werkplaats, link: `${appUrl()}/evaluatie/${token}` },
  });
}

/** The trajectory an open evaluation link is for; a guessed, used or expired link is null (the page says only that). */
export async function evaluationByToken(token: string, now = new Date()) {
  if (!TOKEN.test(token)) return null;
  const [row] = await db
    .select({ title: trajectories.title, organisation: workshopIntakes.organisation })
    .from(workshopEvaluations)
    .innerJoin(trajectories, eq(trajectories.id, workshopEvaluations.trajectoryId))
    .innerJoin(workshopIntakes, eq(workshopIntakes.id, trajectories.intakeId))
    .where(
      and(
        eq(workshopEvaluations.tokenHash, hashToken(token)),
        isNull(workshopEvaluations.answeredAt),
        gt(workshopEvaluations.tokenExpiresAt, now),
      ),
    );
  return row ?? null;
}

/**
 * Stores the SME's answers once: the update only matches an unanswered, unexpired link, so a
 * second post (or a race) changes nothing. The answer moves the intake's card to evaluated in
 * the same transaction, so the board and the answer never disagree.
 */
export async function answerEvaluation(token: string, input: SmeEvaluationInput, now = new Date()) {
  if (!TOKEN.test(token)) return false;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(workshopEvaluations)
      .set({
        answeredAt: now,
        rating: input.rating,
        wouldRecommend: input.wouldRecommend === "yes",
        plannedSteps: input.plannedSteps,
        comment: input.comment ?? "",
      })
      .where(
        and(
          eq(workshopEvaluations.tokenHash, hashToken(token)),
          isNull(workshopEvaluations.answeredAt),
          gt(workshopEvaluations.tokenExpiresAt, now),
        ),
      )
      .returning({ trajectoryId: workshopEvaluations.trajectoryId });
    if (!row) return false;
    const [trajectory] = await tx
      .select({ intakeId: trajectories.intakeId })
      .from(trajectories)
      .where(eq(trajectories.id, row.trajectoryId));
    if (trajectory) await moveIntakeOnEvaluation(tx, trajectory.intakeId, now);
    return true;
  });
}

/**
 * The maintenance job: SMEs whose follow-up day has come get the question which steps they took,
 * each exactly once. A row is claimed by the update that stamps `follow_up_asked_at` (only while
 * it is null, rows locked with SKIP LOCKED), and the mail is queued in the same transaction, so
 * two instances running at once ask nobody twice. `now` is passed in by tests to let months pass.
 */
export async function askDueFollowUps(now = new Date()) {
  const today = todayIn(now);
  return db.transaction(async (tx) => {
    const due = await tx
      .select({
        id: workshopEvaluations.id,
        werkplaatsId: workshopEvaluations.werkplaatsId,
        trajectoryId: workshopEvaluations.trajectoryId,
      })
      .from(workshopEvaluations)
      .where(
        and(
          eq(workshopEvaluations.respondent, "sme"),
          isNull(workshopEvaluations.followUpAskedAt),
          lte(workshopEvaluations.followUpDueOn, today),
        ),
      )
      .orderBy(asc(workshopEvaluations.followUpDueOn))
      .limit(200)
      .for("update", { skipLocked: true });
    for (const evaluation of due) {
      const { token, hash } = newToken();
      const [claimed] = await tx
        .update(workshopEvaluations)
        .set({ followUpAskedAt: now, followUpTokenHash: hash, followUpExpiresAt: linkExpiry(now, FOLLOW_UP_LINK_DAYS) })
        .where(and(eq(workshopEvaluations.id, evaluation.id), isNull(workshopEvaluations.followUpAskedAt)))
        .returning({ id: workshopEvaluations.id });
      if (!claimed) continue;
      const sme = await smeOf(tx, evaluation.trajectoryId);
      await enqueueMail(tx, {
        werkplaatsId: evaluation.werkplaatsId,
        to: sme.email,
        locale: sme.locale === "en" ? "en" : "nl",
        template: "mail.workshopFollowUp",
        vars: { name: sme.contactName, title: sme.title, werkplaats: sme.werkplaats, link: `${appUrl()}/evaluatie/vervolg/${token}` },
      });
    }
    return due.length;
  });
}

const openFollowUp = (token: string, now: Date) =>
  and(
    eq(workshopEvaluations.followUpTokenHash, hashToken(token)),
    isNull(workshopEvaluations.followUpAnsweredAt),
    gt(workshopEvaluations.followUpExpiresAt, now),
  );

/** The trajectory an open follow-up link is for, or null. */
export async function followUpByToken(token: string, now = new Date()) {
  if (!TOKEN.test(token)) return null;
  const [row] = await db
    .select({ title: trajectories.title, organisation: workshopIntakes.organisation, plannedSteps: workshopEvaluations.plannedSteps })
    .from(workshopEvaluations)
    .innerJoin(trajectories, eq(trajectories.id, workshopEvaluations.trajectoryId))
    .innerJoin(workshopIntakes, eq(workshopIntakes.id, trajectories.intakeId))
    .where(openFollowUp(token, now));
  return row ?? null;
}

/** Stores which steps were taken, once. */
export async function answerFollowUp(token: string, input: FollowUpAnswerInput, now = new Date()) {
  if (!TOKEN.test(token)) return false;
  const [row] = await db
    .update(workshopEvaluations)
    .set({ followUpAnsweredAt: now, takenSteps: input.takenSteps })
    .where(openFollowUp(token, now))
    .returning({ id: workshopEvaluations.id });
  return Boolean(row);
}

/** Staff's view of a trajectory's evaluations: asked when, answered what, and the follow-up; the team's by name. */
export async function evaluationsOf(werkplaatsId: string, trajectoryId: string) {
  return db
    .select({
      id: workshopEvaluations.id,
      respondent: workshopEvaluations.respondent,
      askedAt: workshopEvaluations.askedAt,
      answeredAt: workshopEvaluations.answeredAt,
      linkExpiresAt: workshopEvaluations.tokenExpiresAt,
      name: users.name,
      rating: workshopEvaluations.rating,
      wouldRecommend: workshopEvaluations.wouldRecommend,
      teamRating: workshopEvaluations.teamRating,
      smeRating: workshopEvaluations.smeRating,
      expertRating: workshopEvaluations.expertRating,
      plannedSteps: workshopEvaluations.plannedSteps,
      comment: workshopEvaluations.comment,
      followUpDueOn: workshopEvaluations.followUpDueOn,
      followUpAskedAt: workshopEvaluations.followUpAskedAt,
      followUpAnsweredAt: workshopEvaluations.followUpAnsweredAt,
      takenSteps: workshopEvaluations.takenSteps,
    })
    .from(workshopEvaluations)
    .leftJoin(users, eq(users.id, workshopEvaluations.userId))
    .where(and(eq(workshopEvaluations.werkplaatsId, werkplaatsId), eq(workshopEvaluations.trajectoryId, trajectoryId)))
    .orderBy(sql`${workshopEvaluations.respondent} <> 'sme'`, asc(workshopEvaluations.askedAt), asc(workshopEvaluations.answeredAt));
}
