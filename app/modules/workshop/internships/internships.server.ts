import { and, asc, desc, eq, gte, inArray, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { internshipAssignments, users, workshopIntakes } from "#db/schema";
import type { Role } from "~/modules/auth";
import { createPaymentRequest, paymentRequestStatus } from "~/modules/billing/index.server";
import { enqueueMail } from "~/modules/notifications/index.server";
import { db } from "~/utils/db.server";
import { conflict, forbidden, invalid, notFound } from "~/utils/errors";
import { isUuid } from "~/utils/ids";
import { todayIn } from "~/utils/zoned-time";
import type { AssignmentInput } from "./internship.schema";
import { studentsOf } from "../students.server";

/** The key the payment request is asked under, so asking again finds the same request. */
const internshipSubject = (id: string) => `internship:${id}`;

const student = alias(users, "student");

const columns = {
  id: internshipAssignments.id,
  title: internshipAssignments.title,
  description: internshipAssignments.description,
  startsOn: internshipAssignments.startsOn,
  endsOn: internshipAssignments.endsOn,
  feeMinimumCents: internshipAssignments.feeMinimumCents,
  feeSuggestedCents: internshipAssignments.feeSuggestedCents,
  feeStatus: internshipAssignments.feeStatus,
  feePaidCents: internshipAssignments.feePaidCents,
  feeWaivedReason: internshipAssignments.feeWaivedReason,
  deliveredAt: internshipAssignments.deliveredAt,
  studentName: student.name,
  organisation: workshopIntakes.organisation,
};

/** Intakes routed to an internship assignment that have none yet, for the staff's form. */
export async function internshipCandidates(werkplaatsId: string) {
  const taken = db
    .select({ id: internshipAssignments.intakeId })
    .from(internshipAssignments)
    .where(and(eq(internshipAssignments.werkplaatsId, werkplaatsId), sql`${internshipAssignments.intakeId} is not null`));
  return db
    .select({ id: workshopIntakes.id, organisation: workshopIntakes.organisation, question: workshopIntakes.question })
    .from(workshopIntakes)
    .where(
      and(
        eq(workshopIntakes.werkplaatsId, werkplaatsId),
        eq(workshopIntakes.route, "internship_assignment"),
        sql`${workshopIntakes.stage} <> 'closed'`,
        sql`${workshopIntakes.id} not in ${taken}`,
      ),
    )
    .orderBy(asc(workshopIntakes.createdAt))
    .limit(200);
}

/** Makes a stage-opdracht of an intake; the intake must be this werkplaats's and routed to one. */
export async function createAssignment(werkplaatsId: string, actorId: string, input: AssignmentInput) {
  const [intake] = await db
    .select({ id: workshopIntakes.id, route: workshopIntakes.route, stage: workshopIntakes.stage })
    .from(workshopIntakes)
    .where(and(eq(workshopIntakes.id, input.intakeId), eq(workshopIntakes.werkplaatsId, werkplaatsId)));
  if (!intake) throw notFound();
  if (intake.route !== "internship_assignment") throw conflict("workshop.internship.errors.route", undefined, "intakeId");
  if (intake.stage === "closed") throw conflict("workshop.trajectory.errors.intakeClosed", undefined, "intakeId");
  const [row] = await db
    .insert(internshipAssignments)
    .values({
      werkplaatsId,
      intakeId: intake.id,
      title: input.title,
      description: input.description,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      feeMinimumCents: input.feeMinimum,
      feeSuggestedCents: input.feeSuggested,
      createdBy: actorId,
    })
    .returning({ id: internshipAssignments.id });
  return row!.id;
}

/** Every assignment of the werkplaats for staff, newest period first. */
export async function listAssignments(werkplaatsId: string) {
  return db
    .select(columns)
    .from(internshipAssignments)
    .leftJoin(student, eq(student.id, internshipAssignments.studentId))
    .leftJoin(workshopIntakes, eq(workshopIntakes.id, internshipAssignments.intakeId))
    .where(eq(internshipAssignments.werkplaatsId, werkplaatsId))
    .orderBy(desc(internshipAssignments.startsOn), asc(internshipAssignments.title))
    .limit(300);
}

/**
 * What a teacher (or staff) sees: assignments nobody claimed yet that have not ended, and the
 * werkplaats's students to claim them for. A student sees the assignments that are theirs.
 */
export async function assignmentsFor(werkplaatsId: string, viewer: { id: string; roles: readonly Role[] }, today = todayIn()) {
  const claims = viewer.roles.some((r) => r === "teacher" || r === "staff" || r === "manager");
  if (!claims && !viewer.roles.includes("student")) throw forbidden();
  const base = db
    .select(columns)
    .from(internshipAssignments)
    .leftJoin(student, eq(student.id, internshipAssignments.studentId))
    .leftJoin(workshopIntakes, eq(workshopIntakes.id, internshipAssignments.intakeId));
  const [open, mine, students] = await Promise.all([
    claims
      ? base
          .where(
            and(
              eq(internshipAssignments.werkplaatsId, werkplaatsId),
              isNull(internshipAssignments.studentId),
              gte(internshipAssignments.endsOn, today),
            ),
          )
          .orderBy(asc(internshipAssignments.startsOn))
      : [],
    db
      .select(columns)
      .from(internshipAssignments)
      .leftJoin(student, eq(student.id, internshipAssignments.studentId))
      .leftJoin(workshopIntakes, eq(workshopIntakes.id, internshipAssignments.intakeId))
      .where(
        and(
          eq(internshipAssignments.werkplaatsId, werkplaatsId),
          sql`(${internshipAssignments.studentId} = ${viewer.id} or ${internshipAssignments.claimedBy} = ${viewer.id})`,
        ),
      )
      .orderBy(desc(internshipAssignments.startsOn)),
    claims ? studentsOf(werkplaatsId) : [],
  ]);
  return { open, mine, students, claims };
}

/**
 * A teacher claims an open assignment for a student. The update only takes an unclaimed row, so two
 * teachers claiming at once give one student the assignment and the other a 409.
 */
export async function claimAssignment(
  werkplaatsId: string,
  teacher: { id: string; roles: readonly Role[] },
  input: { assignmentId: string; studentId: string },
  now = new Date(),
) {
  if (!teacher.roles.some((r) => r === "teacher" || r === "staff" || r === "manager")) throw forbidden();
  const students = await studentsOf(werkplaatsId);
  if (!students.some((s) => s.id === input.studentId)) throw invalid("workshop.internship.errors.student", undefined, "studentId");
  const claimed = await db
    .update(internshipAssignments)
    .set({ studentId: input.studentId, matchedAt: now, claimedBy: teacher.id })
    .where(
      and(
        eq(internshipAssignments.id, input.assignmentId),
        eq(internshipAssignments.werkplaatsId, werkplaatsId),
        isNull(internshipAssignments.studentId),
      ),
    )
    .returning({ id: internshipAssignments.id });
  if (claimed.length === 0) {
    await assignmentOf(werkplaatsId, input.assignmentId);
    throw conflict("workshop.internship.errors.claimed");
  }
}

async function assignmentOf(werkplaatsId: string, assignmentId: string) {
  if (!isUuid(assignmentId)) throw notFound();
  const [row] = await db
    .select({ assignment: internshipAssignments, intake: workshopIntakes })
    .from(internshipAssignments)
    .leftJoin(workshopIntakes, eq(workshopIntakes.id, internshipAssignments.intakeId))
    .where(and(eq(internshipAssignments.id, assignmentId), eq(internshipAssignments.werkplaatsId, werkplaatsId)));
  if (!row) throw notFound();
  return row;
}

/**
 * The student handed the work over: staff mark it delivered and the SME is asked to pay what it
 * wants (between the minimum and what the rail allows, the suggestion filled in) through a payment
 * request on `/pay/<token>`. The request is asked under the assignment's key, so a retry finds the
 * same one; the conditional update makes a double click one delivery and one mail.
 */
export async function deliverAssignment(werkplaats: { id: string; name: string }, actorId: string, assignmentId: string, now = new Date()) {
  const { assignment, intake } = await assignmentOf(werkplaats.id, assignmentId);
  if (!assignment.studentId) throw conflict("workshop.internship.errors.noStudent");
  if (assignment.deliveredAt) throw conflict("workshop.internship.errors.delivered");
  if (!intake) throw conflict("workshop.internship.errors.noSme");
  const request =
    assignment.feeStatus === "open"
      ? await createPaymentRequest(werkplaats.id, actorId, {
          purpose: `Stage-opdracht: ${assignment.title}`.slice(0, 200),
          minimumCents: assignment.feeMinimumCents,
          suggestedCents: assignment.feeSuggestedCents,
          subjectKey: internshipSubject(assignment.id),
          payer: { name: intake.organisation, email: intake.email },
          locale: intake.locale === "en" ? "en" : "nl",
        })
      : null;
  await db.transaction(async (tx) => {
    const done = await tx
      .update(internshipAssignments)
      .set({ deliveredAt: now })
      .where(and(eq(internshipAssignments.id, assignment.id), isNull(internshipAssignments.deliveredAt)))
      .returning({ id: internshipAssignments.id });
    if (done.length === 0) throw conflict("workshop.internship.errors.delivered");
    if (request) {
      await enqueueMail(tx, {
        werkplaatsId: werkplaats.id,
        to: intake.email,
        locale: intake.locale === "en" ? "en" : "nl",
        template: "mail.internshipFee",
        vars: { name: intake.contactName, title: assignment.title, werkplaats: werkplaats.name, link: request.url },
      });
    }
  });
}

/**
 * Staff waive the fee, with a reason. Only an open fee: once the SME paid (the trigger on the
 * payment request marks it), waiving is refused.
 */
export async function waiveFee(werkplaatsId: string, actorId: string, assignmentId: string, reason: string) {
  await assignmentOf(werkplaatsId, assignmentId);
  const paid = await paymentRequestStatus(werkplaatsId, { subjectKey: internshipSubject(assignmentId) });
  if (paid?.status === "paid") throw conflict("workshop.internship.errors.paid");
  const done = await db
    .update(internshipAssignments)
    .set({ feeStatus: "waived", feeWaivedBy: actorId, feeWaivedReason: reason })
    .where(
      and(
        eq(internshipAssignments.id, assignmentId),
        eq(internshipAssignments.werkplaatsId, werkplaatsId),
        inArray(internshipAssignments.feeStatus, ["open"]),
      ),
    )
    .returning({ id: internshipAssignments.id });
  if (done.length === 0) throw conflict("workshop.internship.errors.paid");
}
