import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { deskAssignments, memberships, membershipEvents, membershipPeriods, outboxMessages, roleAssignments } from "#db/schema";
import { makePerson, makeUser, makeWerkplaats } from "#db/factories";
import { makeArea, makeCompany, makeDesk, makeMembership, makePlan } from "#db/membership-factories";
import { invoiceStrippenkaart } from "~/modules/billing/index.server";
import { approveMembership, applyForMembership, declineMembership, withdrawApplication } from "~/modules/memberships/applications.server";
import { cancelMembership, changePlan, pauseMembership, previewCancellation } from "~/modules/memberships/changes.server";
import { assignDeskToMembership } from "~/modules/memberships/desk-actions.server";
import { membershipDetail } from "~/modules/memberships/queries.server";
import { addDays, addMonths, formatDay } from "~/utils/calendar";
import { todayIn } from "~/utils/zoned-time";
import { db } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";

let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let manager: Awaited<ReturnType<typeof makeUser>>;
let flex: Awaited<ReturnType<typeof makePlan>>;
let fixed: Awaited<ReturnType<typeof makePlan>>;
let area: Awaited<ReturnType<typeof makeArea>>;
const today = todayIn();

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Test" });
  manager = await makePerson(werkplaats.id, ["manager"], { name: "Marieke de Vries", email: "beheer@doc.test" });
  flex = await makePlan(werkplaats.id, "flex", { minimumTermMonths: 1, noticePeriodMonths: 1 });
  fixed = await makePlan(werkplaats.id, "fixed", { minimumTermMonths: 3, noticePeriodMonths: 1 });
  area = await makeArea(werkplaats.id, { name: "Vaste plekken" });
});

async function expectError(work: Promise<unknown>, status: number, key: string, field?: string) {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect(error).toMatchObject({ status, key, ...(field ? { field } : {}) });
}

async function events(membershipId: string) {
  const rows = await db.select().from(membershipEvents).where(eq(membershipEvents.membershipId, membershipId));
  return rows.sort((a, b) => +a.createdAt - +b.createdAt).map((e) => ({ kind: e.kind, actorId: e.actorId, details: e.details }));
}

async function mailsTo(email: string) {
  return db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, email));
}

async function snapshot(membershipId: string) {
  const [m] = await db.select().from(memberships).where(eq(memberships.id, membershipId));
  const periods = await db.select().from(membershipPeriods).where(eq(membershipPeriods.membershipId, membershipId));
  const desks = await db.select().from(deskAssignments).where(eq(deskAssignments.membershipId, membershipId));
  const history = await events(membershipId);
  return { m, periods: periods.length, desks: desks.length, history: history.length };
}

describe("apply → approve", () => {
  it("records the application, mails applicant and managers, then approval makes a member with history", async () => {
    const sanne = await makeUser({ name: "Sanne Visser", email: "sanne@studio.test" });
    const company = await makeCompany(werkplaats.id, sanne.id, { name: "Studio Noord" });
    const m = await applyForMembership(werkplaats, sanne, { planId: flex.id, startDate: addDays(today, 3), billing: "company" });
    expect(m).toMatchObject({ status: "pending", companyId: company.id, startDate: addDays(today, 3) });
    expect((await mailsTo("sanne@studio.test")).map((x) => x.kind)).toContain("mail.membershipApplied");
    const toManager = (await mailsTo("beheer@doc.test")).find((x) => x.kind === "mail.membershipApplication");
    expect(toManager?.bodyText).toContain("Sanne Visser");
    expect(toManager?.bodyText).toContain(`/admin/memberships/${m.id}`);

    await approveMembership(werkplaats, manager, m.id, {}, invoiceStrippenkaart);
    const detail = await membershipDetail(werkplaats.id, m.id, "nl");
    expect(detail.status).toBe("upcoming");
    expect(detail.history.map((h) => [h.kind, h.actor])).toEqual([
      ["applied", "Sanne Visser"],
      ["approved", "Marieke de Vries"],
    ]);
    expect(detail.history[0]!.details.plan).toBe("Flexplek");
    const roles = await db
      .select()
      .from(roleAssignments)
      .where(and(eq(roleAssignments.userId, sanne.id), eq(roleAssignments.werkplaatsId, werkplaats.id)));
    expect(roles.map((r) => r.role)).toEqual(["member"]);
    const approvedMail = (await mailsTo("sanne@studio.test")).find((x) => x.kind === "mail.membershipApproved");
    expect(approvedMail?.subject).toContain("DOC Test");
  });

  it("refuses approving twice with 409 and changes nothing", async () => {
    const person = await makeUser();
    const m = await applyForMembership(werkplaats, person, { planId: flex.id, startDate: today, billing: "self" });
    await approveMembership(werkplaats, manager, m.id, {}, invoiceStrippenkaart);
    const before = await snapshot(m.id);
    await expectError(approveMembership(werkplaats, manager, m.id, {}, invoiceStrippenkaart), 409, "membership.errors.notPending");
    expect(await snapshot(m.id)).toEqual(before);
  });

  it("refuses a start date in the past, a second application, and company billing without a company (400/409)", async () => {
    const person = await makeUser();
    await expectError(
      applyForMembership(werkplaats, person, { planId: flex.id, startDate: addDays(today, -1), billing: "self" }),
      400,
      "membership.errors.startInPast",
      "startDate",
    );
    await expectError(
      applyForMembership(werkplaats, person, { planId: flex.id, startDate: today, billing: "company" }),
      400,
      "membership.errors.noCompany",
      "billing",
    );
    await applyForMembership(werkplaats, person, { planId: flex.id, startDate: today, billing: "self" });
    await expectError(
      applyForMembership(werkplaats, person, { planId: fixed.id, startDate: today, billing: "self" }),
      409,
      "membership.errors.alreadyPending",
    );
    const rows = await db.select().from(memberships).where(eq(memberships.userId, person.id));
    expect(rows).toHaveLength(1);
  });

  it("lets only one of two simultaneous applications through", async () => {
    const person = await makeUser();
    const results = await Promise.allSettled(
      [1, 2].map(() => applyForMembership(werkplaats, person, { planId: flex.id, startDate: today, billing: "self" })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ status: 409 });
  });

  it("refuses a plan that is archived (409) or a day pass (400)", async () => {
    const person = await makeUser();
    const old = await makePlan(werkplaats.id, "flex", { archivedAt: new Date() });
    const pass = await makePlan(werkplaats.id, "day_pass");
    await expectError(
      applyForMembership(werkplaats, person, { planId: old.id, startDate: today, billing: "self" }),
      409,
      "membership.errors.planArchived",
      "planId",
    );
    await expectError(
      applyForMembership(werkplaats, person, { planId: pass.id, startDate: today, billing: "self" }),
      400,
      "membership.errors.dayPassIsNotMembership",
      "planId",
    );
  });

  it("assigns a desk when approving a fixed-desk plan, and requires one", async () => {
    const person = await makeUser({ name: "Daan Jansen" });
    const desk = await makeDesk(werkplaats.id, area.id, "1.01");
    const m = await applyForMembership(werkplaats, person, { planId: fixed.id, startDate: addDays(today, 1), billing: "self" });
    await expectError(
      approveMembership(werkplaats, manager, m.id, {}, invoiceStrippenkaart),
      400,
      "membership.errors.deskRequired",
      "deskId",
    );
    expect((await snapshot(m.id)).m?.status).toBe("pending");
    await approveMembership(werkplaats, manager, m.id, { deskId: desk.id }, invoiceStrippenkaart);
    const detail = await membershipDetail(werkplaats.id, m.id, "nl");
    expect(detail.desks).toEqual([expect.objectContaining({ label: "1.01", startsOn: addDays(today, 1), endsOn: null })]);
    expect(detail.history.map((h) => h.kind)).toEqual(["applied", "approved", "desk_assigned"]);
  });

  it("refuses approving a fixed desk onto an occupied desk with the holder's name (409), leaving the application pending", async () => {
    const holder = await makeUser({ name: "Eerste Huurder" });
    const desk = await makeDesk(werkplaats.id, area.id, "1.02");
    const first = await applyForMembership(werkplaats, holder, { planId: fixed.id, startDate: today, billing: "self" });
    await approveMembership(werkplaats, manager, first.id, { deskId: desk.id }, invoiceStrippenkaart);
    const second = await applyForMembership(werkplaats, await makeUser(), {
      planId: fixed.id,
      startDate: addDays(today, 10),
      billing: "self",
    });
    await expectError(
      approveMembership(werkplaats, manager, second.id, { deskId: desk.id }, invoiceStrippenkaart),
      409,
      "desk.errors.taken",
      "deskId",
    );
    const after = await snapshot(second.id);
    expect(after.m?.status).toBe("pending");
    expect(after.desks).toBe(0);
    expect(after.history).toBe(1);
  });
});

describe("decline and withdraw", () => {
  it("declines with a reason in the email and the history", async () => {
    const person = await makeUser({ email: "afgewezen@example.nl" });
    const m = await applyForMembership(werkplaats, person, { planId: flex.id, startDate: today, billing: "self" });
    await declineMembership(werkplaats, manager, m.id, "Er is geen plek meer in de flexzone.");
    expect((await snapshot(m.id)).m).toMatchObject({
      status: "declined",
      declineReason: "Er is geen plek meer in de flexzone.",
      decidedBy: manager.id,
    });
    const mail = (await mailsTo("afgewezen@example.nl")).find((x) => x.kind === "mail.membershipDeclined");
    expect(mail?.bodyText).toContain("Er is geen plek meer in de flexzone.");
    expect((await events(m.id)).map((e) => e.kind)).toEqual(["applied", "declined"]);
    await expectError(declineMembership(werkplaats, manager, m.id, "nogmaals"), 409, "membership.errors.notPending");
  });

  it("lets the applicant withdraw their own pending application, and nobody else", async () => {
    const person = await makeUser();
    const other = await makeUser();
    const m = await applyForMembership(werkplaats, person, { planId: flex.id, startDate: today, billing: "self" });
    await expectError(withdrawApplication(werkplaats.id, other.id, m.id), 404, "membership.errors.notFound");
    await withdrawApplication(werkplaats.id, person.id, m.id);
    expect((await snapshot(m.id)).m?.status).toBe("withdrawn");
  });
});

describe("change plan, pause, cancel", () => {
  it("changes the plan from a date, keeping the old period, and assigns a desk for a fixed plan", async () => {
    const person = await makeUser();
    const m = await makeMembership(werkplaats.id, person.id, flex.id, { startDate: addMonths(today, -2) });
    const desk = await makeDesk(werkplaats.id, area.id, "1.03");
    const on = addDays(today, 7);
    await expectError(
      changePlan(werkplaats, manager, m.id, { planId: fixed.id, effectiveOn: on }),
      400,
      "membership.errors.deskRequired",
      "deskId",
    );
    await changePlan(werkplaats, manager, m.id, { planId: fixed.id, effectiveOn: on, deskId: desk.id });
    const detail = await membershipDetail(werkplaats.id, m.id, "nl");
    expect(detail.periods.map((p) => [p.plan.kind, p.startsOn, p.endsOn])).toEqual([
      ["flex", addMonths(today, -2), addDays(on, -1)],
      ["fixed", on, null],
    ]);
    expect(detail.desks[0]).toMatchObject({ label: "1.03", startsOn: on });
    expect(detail.history.map((h) => h.kind)).toEqual(["plan_changed", "desk_assigned"]);
    expect(detail.history[0]!.details).toMatchObject({ fromPlan: "Flexplek", toPlan: "Vaste werkplek", effectiveOn: on });
    await expectError(
      changePlan(werkplaats, manager, m.id, { planId: fixed.id, effectiveOn: addDays(today, -1) }),
      400,
      "membership.errors.dateInPast",
      "effectiveOn",
    );
  });

  it("pauses from–to, refuses overlapping pauses", async () => {
    const m = await makeMembership(werkplaats.id, (await makeUser()).id, flex.id, { startDate: addMonths(today, -1) });
    await pauseMembership(werkplaats, manager, m.id, { from: addDays(today, 1), to: addDays(today, 20), reason: "Ouderschapsverlof" });
    await expectError(
      pauseMembership(werkplaats, manager, m.id, { from: addDays(today, 10), to: addDays(today, 30) }),
      409,
      "membership.errors.pauseOverlap",
      "from",
    );
    await expectError(
      pauseMembership(werkplaats, manager, m.id, { from: addDays(today, 40), to: addDays(today, 30) }),
      400,
      "membership.errors.endBeforeStart",
      "to",
    );
    const detail = await membershipDetail(werkplaats.id, m.id, "nl", { today: addDays(today, 5) });
    expect(detail.status).toBe("paused");
    expect(detail.history.map((h) => [h.kind, h.details.reason])).toEqual([["paused", "Ouderschapsverlof"]]);
  });

  it("shows the end date before confirming and cancels on the latest of requested, term and notice", async () => {
    const person = await makeUser({ email: "opzegger@example.nl" });
    const desk = await makeDesk(werkplaats.id, area.id, "1.04");
    const start = addDays(today, -10);
    const m = await makeMembership(werkplaats.id, person.id, fixed.id, { startDate: start });
    await db.insert(deskAssignments).values({ werkplaatsId: werkplaats.id, deskId: desk.id, membershipId: m.id, startsOn: start });
    // 3-month minimum term from 10 days ago ends later than today + 1 month notice and the requested date.
    const preview = await previewCancellation(werkplaats.id, m.id, today, person.id);
    const termEnds = addDays(addMonths(start, 3), -1);
    expect(preview).toMatchObject({ endDate: termEnds, decidedBy: "term", minimumTermMonths: 3, noticePeriodMonths: 1 });
    // Nothing changed by the preview.
    expect((await snapshot(m.id)).m?.endDate).toBeNull();

    const outcome = await cancelMembership(werkplaats, person, m.id, today, { ownerId: person.id });
    expect(outcome.endDate).toBe(termEnds);
    const detail = await membershipDetail(werkplaats.id, m.id, "nl");
    expect(detail.membership).toMatchObject({ endDate: termEnds, cancelledBy: person.id });
    expect(detail.desks[0]?.endsOn).toBe(termEnds);
    expect(detail.history.at(-1)).toMatchObject({
      kind: "cancelled",
      details: expect.objectContaining({ endDate: termEnds, by: "member" }),
    });
    expect((await mailsTo("opzegger@example.nl")).map((x) => x.kind)).toContain("mail.membershipCancelled");
    expect((await mailsTo("beheer@doc.test")).map((x) => x.kind)).toContain("mail.membershipCancelledNotice");
    await expectError(cancelMembership(werkplaats, person, m.id, today, { ownerId: person.id }), 409, "membership.errors.alreadyCancelled");
  });

  it("does not let a member cancel or even see someone else's membership", async () => {
    const owner = await makeUser();
    const intruder = await makeUser();
    const m = await makeMembership(werkplaats.id, owner.id, flex.id, { startDate: today });
    await expectError(cancelMembership(werkplaats, intruder, m.id, today, { ownerId: intruder.id }), 404, "membership.errors.notFound");
    await expectError(previewCancellation(werkplaats.id, m.id, today, intruder.id), 404, "membership.errors.notFound");
    await expectError(membershipDetail(werkplaats.id, m.id, "nl", { ownerId: intruder.id }), 404, "membership.errors.notFound");
    expect((await snapshot(m.id)).m?.endDate).toBeNull();
  });

  it("refuses a cancellation date in the past (400)", async () => {
    const person = await makeUser();
    const m = await makeMembership(werkplaats.id, person.id, flex.id, { startDate: addMonths(today, -6) });
    await expectError(cancelMembership(werkplaats, manager, m.id, addDays(today, -1)), 400, "membership.errors.dateInPast", "requestedEnd");
  });

  it("lets a manager assign a desk for a period and refuses an overlap (409)", async () => {
    const desk = await makeDesk(werkplaats.id, area.id, "1.05");
    const a = await makeMembership(werkplaats.id, (await makeUser({ name: "Anna" })).id, fixed.id, { startDate: today });
    const b = await makeMembership(werkplaats.id, (await makeUser()).id, fixed.id, { startDate: today });
    await assignDeskToMembership(werkplaats.id, manager.id, a.id, { deskId: desk.id, from: today, to: addDays(today, 30) });
    await expectError(
      assignDeskToMembership(werkplaats.id, manager.id, b.id, { deskId: desk.id, from: addDays(today, 30), to: addDays(today, 60) }),
      409,
      "desk.errors.takenUntil",
      "deskId",
    );
    // The dates read like the rest of the app ("26 mei 2025"), not "26-05-2025".
    const refused = await assignDeskToMembership(werkplaats.id, manager.id, b.id, { deskId: desk.id, from: today }).catch(
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({ vars: { holder: "Anna", from: formatDay(today, "nl"), until: formatDay(addDays(today, 30), "nl") } });
    expect((refused as { vars: { from: string } }).vars.from).toMatch(/^\d{1,2} [a-z]+ \d{4}$/);
    await assignDeskToMembership(werkplaats.id, manager.id, b.id, { deskId: desk.id, from: addDays(today, 31) });
    const flexMember = await makeMembership(werkplaats.id, (await makeUser()).id, flex.id, { startDate: today });
    await expectError(
      assignDeskToMembership(werkplaats.id, manager.id, flexMember.id, { deskId: desk.id, from: addDays(today, 100) }),
      400,
      "desk.errors.planHasNoDesk",
      "deskId",
    );
  });
});
