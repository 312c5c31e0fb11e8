import { desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { internshipAssignments, outboxMessages, paymentRequests } from "#db/schema";
import { makeBillingSettings } from "#db/billing-factories";
import { makePerson, makeWerkplaats } from "#db/factories";
import { makeIntake } from "#db/workshop-factories";
import { settlePaymentRequest } from "~/modules/billing/index.server";
import * as board from "~/routes/stage-opdrachten";
import * as staffPage from "~/routes/werkplaats.stage-opdrachten";
import { db } from "~/utils/db.server";
import { formPost, outcome, routeArgs, type Visitor } from "../support/route-harness";

let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let staff: Visitor;
let teacher: Visitor;
let otherTeacher: Visitor;
let student: Visitor;

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Stages" });
  await makeBillingSettings(werkplaats.id);
  staff = { user: await makePerson(werkplaats.id, ["staff"]), roles: ["staff"], werkplaats };
  teacher = { user: await makePerson(werkplaats.id, ["teacher"], { name: "Pieter van Leeuwen" }), roles: ["teacher"], werkplaats };
  otherTeacher = { user: await makePerson(werkplaats.id, ["teacher"]), roles: ["teacher"], werkplaats };
  student = { user: await makePerson(werkplaats.id, ["student"], { name: "Noor Hendriks" }), roles: ["student"], werkplaats };
});

const staffPost = (fields: Record<string, string>) =>
  outcome(() => staffPage.action(routeArgs("/werkplaats/stage-opdrachten", staff, formPost(fields))));
const claim = (who: Visitor, fields: Record<string, string>) =>
  outcome(() => board.action(routeArgs("/stage-opdrachten", who, formPost(fields))));

async function newAssignment(overrides: Record<string, string> = {}) {
  const intake = await makeIntake(werkplaats.id, {
    stage: "matched",
    route: "internship_assignment",
    email: `sme${Math.random()}@example.nl`,
  });
  const fields = {
    intent: "create",
    intakeId: intake.id,
    title: "Nieuwsbrief automatiseren",
    description: "Zet de nieuwsbrief op in een mailtool met een aanmeldformulier.",
    startsOn: "2027-02-01",
    endsOn: "2027-03-31",
    feeMinimum: "50",
    feeSuggested: "250",
    ...overrides,
  };
  const res = await staffPost(fields);
  const [row] = await db.select().from(internshipAssignments).where(eq(internshipAssignments.intakeId, intake.id));
  return { res, row, intake };
}

describe("stage-opdrachten", () => {
  it("are made from intakes with the internship route, with sane fees", async () => {
    const { res, row } = await newAssignment();
    expect(res.status).toBe(200);
    expect(row).toMatchObject({ feeMinimumCents: 5000, feeSuggestedCents: 25000, feeStatus: "open", studentId: null });
    expect((await newAssignment({ feeMinimum: "300" })).res.status).toBe(400);
    expect((await newAssignment({ feeMinimum: "0" })).res.status).toBe(400);
    const advisory = await makeIntake(werkplaats.id, { stage: "matched", route: "advisory_trajectory" });
    const refused = await staffPost({
      intent: "create",
      intakeId: advisory.id,
      title: "x",
      description: "y",
      startsOn: "2027-02-01",
      endsOn: "2027-02-02",
      feeMinimum: "10",
      feeSuggested: "10",
    });
    expect(refused.status).toBe(409);
    expect((await outcome(() => staffPage.loader(routeArgs("/werkplaats/stage-opdrachten", teacher)))).status).toBe(403);
  });

  it("are claimed once for a student of the werkplaats when two teachers claim at once", async () => {
    const { row } = await newAssignment();
    const fields = { assignmentId: row!.id, studentId: student.user!.id };
    const [a, b] = await Promise.all([claim(teacher, fields), claim(otherTeacher, fields)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [claimed] = await db.select().from(internshipAssignments).where(eq(internshipAssignments.id, row!.id));
    expect(claimed!.studentId).toBe(student.user!.id);
    expect(claimed!.matchedAt).not.toBeNull();
    // A student cannot claim; a teacher cannot claim for someone who is not a student here.
    const { row: second } = await newAssignment();
    expect((await claim(student, { assignmentId: second!.id, studentId: student.user!.id })).status).toBe(403);
    expect((await claim(teacher, { assignmentId: second!.id, studentId: otherTeacher.user!.id })).status).toBe(400);
    const mine = (await outcome(() => board.loader(routeArgs("/stage-opdrachten", student)))).body as Awaited<
      ReturnType<typeof board.loader>
    >;
    expect(mine.mine.map((m) => m.id)).toContain(row!.id);
    expect(mine.open).toEqual([]);
  });

  it("ask the SME to pay what it wants on delivery, once; the paid request marks the fee paid", async () => {
    const { row, intake } = await newAssignment();
    expect((await staffPost({ intent: "deliver", assignmentId: row!.id })).status).toBe(409);
    await claim(teacher, { assignmentId: row!.id, studentId: student.user!.id });
    const [first, second] = await Promise.all([
      staffPost({ intent: "deliver", assignmentId: row!.id }),
      staffPost({ intent: "deliver", assignmentId: row!.id }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const mails = await db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, intake.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.bodyText).toMatch(/\/pay\/\S+/);
    const [request] = await db
      .select()
      .from(paymentRequests)
      .where(eq(paymentRequests.subjectKey, `internship:${row!.id}`));
    expect(request).toMatchObject({ minimumCents: 5000, suggestedCents: 25000, status: "open", payerEmail: intake.email });

    await settlePaymentRequest(request!.id, {
      amountCents: 12100,
      reference: "pi_test",
      payer: { name: intake.organisation, email: intake.email },
    });
    const [paid] = await db.select().from(internshipAssignments).where(eq(internshipAssignments.id, row!.id));
    expect(paid).toMatchObject({ feeStatus: "paid", feePaidCents: 12100 });
    expect((await staffPost({ intent: "waive", assignmentId: row!.id, reason: "Te laat" })).status).toBe(409);
  });

  it("can have the fee waived with a reason instead", async () => {
    const { row } = await newAssignment();
    expect((await staffPost({ intent: "waive", assignmentId: row!.id, reason: "" })).status).toBe(400);
    expect((await staffPost({ intent: "waive", assignmentId: row!.id, reason: "Stichting zonder budget" })).status).toBe(200);
    const [waived] = await db
      .select()
      .from(internshipAssignments)
      .where(eq(internshipAssignments.id, row!.id))
      .orderBy(desc(internshipAssignments.createdAt));
    expect(waived).toMatchObject({ feeStatus: "waived", feeWaivedReason: "Stichting zonder budget" });
    const other = await makeWerkplaats({ name: "Elders" });
    const outsider: Visitor = { user: await makePerson(other.id, ["staff"]), roles: ["staff"], werkplaats: other };
    const res = await outcome(() =>
      staffPage.action(routeArgs("/werkplaats/stage-opdrachten", outsider, formPost({ intent: "deliver", assignmentId: row!.id }))),
    );
    expect(res.status).toBe(404);
  });
});
