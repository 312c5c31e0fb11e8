import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  intakeMoves,
  outboxMessages,
  trajectoryDeliverableVersions,
  trajectoryExperts,
  trajectoryHours,
  workshopEvaluations,
  workshopIntakes,
} from "#db/schema";
import { makeExpert } from "#db/expert-factories";
import { makePerson, makeWerkplaats } from "#db/factories";
import { makeIntake, makeTeamMember, makeTrajectory } from "#db/workshop-factories";
import * as evaluate from "~/routes/evaluatie.$token";
import * as followUp from "~/routes/evaluatie.vervolg.$token";
import * as team from "~/routes/trajecten.$trajectoryId";
import * as download from "~/routes/trajecten.$trajectoryId.opleveringen.$versionId";
import * as follow from "~/routes/volg.$token";
import * as smeFile from "~/routes/volg.$token.opleveringen.$versionId";
import * as file from "~/routes/werkplaats.trajecten.$trajectoryId";
import {
  askDueFollowUps,
  expertHoursValue,
  expertSuggestions,
  logExpertHours,
  sendSmeLink,
  setExpertHourRate,
} from "~/modules/workshop/index.server";
import { impactOf, periodOf } from "~/modules/partners/index.server";
import { addMonths } from "~/utils/calendar";
import { db } from "~/utils/db.server";
import { todayIn } from "~/utils/zoned-time";
import { formPost, outcome, routeArgs, type Visitor } from "../support/route-harness";

let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let staff: Visitor;
let student: Visitor;
let outsider: Visitor;
let trajectory: Awaited<ReturnType<typeof makeTrajectory>>;

const today = todayIn();
const PDF = new TextEncoder().encode("%PDF-1.4\n% een adviesrapport\n");

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Oplevering" });
  staff = { user: await makePerson(werkplaats.id, ["staff"], { name: "Sanne de Vries" }), roles: ["staff"], werkplaats };
  student = { user: await makePerson(werkplaats.id, ["member"], { name: "Noor Bakker" }), roles: ["member"], werkplaats };
  outsider = { user: await makePerson(werkplaats.id, ["member"], { name: "Mo Yilmaz" }), roles: ["member"], werkplaats };
  const intake = await makeIntake(werkplaats.id, { stage: "running", route: "advisory_trajectory" });
  trajectory = await makeTrajectory(werkplaats.id, intake.id, {
    status: "running",
    periodStart: addMonths(today, -1),
    periodEnd: addMonths(today, 1),
  });
  await makeTeamMember(trajectory, student.user!);
});

const params = () => ({ trajectoryId: trajectory.id });

/** A multipart post, as the browser sends a form with a file input. */
function upload(fields: Record<string, string>, file?: { name: string; bytes: Uint8Array<ArrayBuffer>; type?: string }) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  body.append("file", file ? new File([file.bytes], file.name, { type: file.type ?? "application/octet-stream" }) : new File([], ""));
  return { method: "POST", body, params: params() };
}

const teamPost = (who: Visitor, init: RequestInit & { params?: Record<string, string> }) =>
  outcome(() => team.action(routeArgs(`/trajecten/${trajectory.id}`, who, init)));
const staffPost = (fields: Record<string, string>) =>
  outcome(() => file.action(routeArgs(`/werkplaats/trajecten/${trajectory.id}`, staff, formPost(fields, params()))));
const teamPage = async (who: Visitor) =>
  (await outcome(() => team.loader(routeArgs(`/trajecten/${trajectory.id}`, who, { params: params() })))) as {
    status: number;
    body: Awaited<ReturnType<typeof team.loader>>;
  };

describe("deliverables", () => {
  it("takes a file and a link from the team, numbers versions, and refuses bad files with a clear 400", async () => {
    const first = await teamPost(
      student,
      upload({ intent: "deliverable", title: "Adviesrapport SEO", kind: "advice_report" }, { name: "advies.pdf", bytes: PDF }),
    );
    expect(first.status).toBe(200);
    const page = await teamPage(student);
    const [report] = page.body.deliverables;
    expect(report).toMatchObject({ title: "Adviesrapport SEO", versions: [{ version: 1, fileName: "advies.pdf", review: "submitted" }] });
    const second = await teamPost(
      student,
      upload({ intent: "version", deliverableId: report!.id, url: "https://github.com/team/korenbloem" }),
    );
    expect(second).toMatchObject({ status: 200, body: { message: { vars: { version: 2 } } } });

    const refusals = [
      [upload({ intent: "deliverable", title: "Leeg", kind: "other" }), "workshop.deliverables.errors.fileOrLink"],
      [
        upload({ intent: "deliverable", title: "Beide", kind: "other", url: "https://x.nl" }, { name: "a.pdf", bytes: PDF }),
        "workshop.deliverables.errors.fileOrLink",
      ],
      [
        upload(
          { intent: "deliverable", title: "Script", kind: "other" },
          { name: "rapport.pdf", bytes: new TextEncoder().encode("<script>") },
        ),
        "workshop.deliverables.errors.type",
      ],
      [
        upload({ intent: "deliverable", title: "Exe", kind: "other" }, { name: "tool.exe", bytes: new Uint8Array([0x4d, 0x5a, 1]) }),
        "workshop.deliverables.errors.type",
      ],
      [
        upload(
          { intent: "deliverable", title: "Groot", kind: "other" },
          { name: "groot.pdf", bytes: new Uint8Array(10 * 1024 * 1024 + 1).fill(0x25) },
        ),
        "workshop.deliverables.errors.tooLarge",
      ],
      [upload({ intent: "deliverable", title: "Link", kind: "other", url: "javascript:alert(1)" }), "workshop.deliverables.errors.link"],
    ] as const;
    for (const [init, key] of refusals) {
      const refused = await teamPost(student, init);
      expect(refused.status, key).toBe(400);
      expect(JSON.stringify(refused.body)).toContain(key);
    }
    expect((await teamPage(student)).body.deliverables).toHaveLength(1);
    // Someone not on the team can neither see nor add.
    expect((await teamPost(outsider, upload({ intent: "deliverable", title: "X", kind: "other", url: "https://x.nl" }))).status).toBe(403);
  });

  it("lets staff accept or return a version once; the SME sees and downloads only accepted ones", async () => {
    const [report] = (await teamPage(student)).body.deliverables;
    const [v2, v1] = report!.versions;
    expect((await staffPost({ intent: "review", versionId: v2!.versionId, verdict: "returned" })).status).toBe(400);
    expect((await staffPost({ intent: "review", versionId: v2!.versionId, verdict: "returned", note: "Graag met bronnen." })).status).toBe(
      200,
    );
    const [a, b] = await Promise.all([
      staffPost({ intent: "review", versionId: v1!.versionId, verdict: "accepted" }),
      staffPost({ intent: "review", versionId: v1!.versionId, verdict: "accepted" }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [row] = await db.select().from(trajectoryDeliverableVersions).where(eq(trajectoryDeliverableVersions.id, v1!.versionId));
    expect(row).toMatchObject({ review: "accepted", reviewedBy: staff.user!.id });

    // The team downloads any version; another member gets 403.
    const own = await outcome(() => download.loader(routeArgs("/x", student, { params: { ...params(), versionId: v1!.versionId } })));
    const response = own.body as Response;
    expect(response.headers.get("Content-Disposition")).toContain("attachment");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF);
    expect(
      (await outcome(() => download.loader(routeArgs("/x", outsider, { params: { ...params(), versionId: v1!.versionId } })))).status,
    ).toBe(403);

    await sendSmeLink(werkplaats, trajectory.id);
    const [mail] = await db.select().from(outboxMessages).where(eq(outboxMessages.kind, "mail.trajectorySmeLink"));
    const token = /\/volg\/([\w-]+)/.exec(mail!.bodyText)![1]!;
    const view = await outcome(() =>
      follow.loader(routeArgs(`/volg/${token}`, { user: null, roles: [], werkplaats }, { params: { token } })),
    );
    const shown = (view.body as { view: { deliverables: { version: { versionId: string } }[] } }).view.deliverables;
    expect(shown.map((d) => d.version.versionId)).toEqual([v1!.versionId]);
    const sme = (versionId: string) =>
      outcome(() => smeFile.loader(routeArgs("/x", { user: null, roles: [], werkplaats }, { params: { token, versionId } })));
    expect((await sme(v1!.versionId)).status).toBe(200);
    expect((await sme(v2!.versionId)).status).toBe(404);
  });
});

describe("hours", () => {
  it("lets the team log quarter hours and shows staff totals per person and milestone; only experts count in kind", async () => {
    const log = (who: Visitor, fields: Record<string, string>) => teamPost(who, formPost({ intent: "hours", ...fields }, params()));
    expect((await log(student, { workedOn: today, hours: "1,5", note: "Interviews" })).status).toBe(200);
    expect((await log(student, { workedOn: today, hours: "1,3" })).status).toBe(400);
    expect((await log(student, { workedOn: addMonths(today, 1), hours: "1" })).status).toBe(400);
    expect((await log(student, { workedOn: addMonths(today, -2), hours: "1" })).status).toBe(400);
    expect((await log(outsider, { workedOn: today, hours: "1" })).status).toBe(403);

    const expert = await makeExpert(werkplaats.id, { name: "Karin Expert", hoursPerMonth: 8 });
    const [place] = await db
      .insert(trajectoryExperts)
      .values({
        werkplaatsId: werkplaats.id,
        trajectoryId: trajectory.id,
        userId: expert.id,
        hoursPerMonth: 2,
        startsOn: trajectory.periodStart,
        endsOn: trajectory.periodEnd,
        status: "accepted",
        answeredAt: new Date(),
      })
      .returning();
    await logExpertHours(werkplaats.id, expert.id, { placeId: place!.id, workedOn: today, hours: 120 });
    await setExpertHourRate(werkplaats.id, 75_00, staff.user!.id);

    const page = await outcome(() => file.loader(routeArgs(`/werkplaats/trajecten/${trajectory.id}`, staff, { params: params() })));
    const { hours } = page.body as Awaited<ReturnType<typeof file.loader>>;
    expect(hours.totalMinutes).toBe(210);
    expect(hours.perPerson).toEqual([
      expect.objectContaining({ name: "Karin Expert", role: "expert", minutes: 120 }),
      expect.objectContaining({ name: "Noor Bakker", role: "student", minutes: 90 }),
    ]);
    expect(hours.perMilestone).toEqual([{ milestoneId: null, minutes: 210 }]);
    // The student's hours are logged on the trajectory but are not in-kind expert time.
    const value = await expertHoursValue(werkplaats.id, { start: today, end: today });
    expect(value).toMatchObject({ minutes: 120, valueCents: 150_00 });
    const stored = await db.select().from(trajectoryHours).where(eq(trajectoryHours.trajectoryId, trajectory.id));
    expect(stored).toHaveLength(2);
    // Before delivery there is nothing for the team to evaluate.
    expect((await teamPage(student)).body.evaluation).toBeNull();
    const early = await teamPost(student, formPost({ intent: "evaluation", rating: "8", teamRating: "8", smeRating: "8" }, params()));
    expect(early).toMatchObject({ status: 409 });
  });
});

describe("evaluation and follow-up", () => {
  const anyone: Visitor = { user: null, roles: [], werkplaats: null as unknown as Visitor["werkplaats"] };
  const mailTo = async (kind: string) =>
    db
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.kind, kind)));

  it("asks the SME at delivery through a one-use link, and three months later asks the follow-up exactly once", async () => {
    anyone.werkplaats = werkplaats;
    expect((await staffPost({ intent: "move", to: "delivered" })).status).toBe(200);
    // Delivered is final: the team adds no deliverable, version or hours any more (409, said why).
    const [delivered] = (await teamPage(student)).body.deliverables;
    const late = [
      upload({ intent: "deliverable", title: "Na de oplevering", kind: "other", url: "https://x.nl" }),
      upload({ intent: "version", deliverableId: delivered!.id, url: "https://x.nl/v9" }),
      formPost({ intent: "hours", workedOn: today, hours: "1" }, params()),
    ];
    for (const init of late) {
      const refused = await teamPost(student, init);
      expect(refused.status).toBe(409);
      expect(JSON.stringify(refused.body)).toContain("workshop.trajectory.errors.delivered");
    }
    const after = (await teamPage(student)).body;
    expect(after.deliverables.map((d) => d.versions.length)).toEqual([2]);
    expect(await db.select().from(trajectoryHours).where(eq(trajectoryHours.trajectoryId, trajectory.id))).toHaveLength(2);
    const mails = await mailTo("mail.workshopEvaluation");
    expect(mails).toHaveLength(1);
    const token = /\/evaluatie\/([\w-]+)/.exec(mails[0]!.bodyText)![1]!;
    const [row] = await db.select().from(workshopEvaluations).where(eq(workshopEvaluations.trajectoryId, trajectory.id));
    expect(row!.tokenHash).not.toContain(token);
    expect(row!.followUpDueOn).toBe(addMonths(today, 3));

    const get = (path: string, mod: typeof evaluate | typeof followUp, t: string) =>
      outcome(() => mod.loader(routeArgs(path, anyone, { params: { token: t } })));
    const post = (mod: typeof evaluate | typeof followUp, t: string, fields: Record<string, string>) =>
      outcome(() => mod.action(routeArgs("/evaluatie", anyone, formPost(fields, { token: t }))));
    expect((await get("/evaluatie/x", evaluate, "geraden-token-dat-niet-bestaat-000")).status).toBe(404);
    expect((await get(`/evaluatie/${token}`, evaluate, token)).status).toBe(200);
    expect((await post(evaluate, token, { rating: "11", wouldRecommend: "yes" })).status).toBe(400);
    const fields = { rating: "8", wouldRecommend: "yes", plannedSteps: "implemented_advice", comment: "Heel bruikbaar." };
    const [first, second] = await Promise.all([post(evaluate, token, fields), post(evaluate, token, fields)]);
    expect([first.status, second.status].sort()).toEqual([200, 404]);
    expect((await get(`/evaluatie/${token}`, evaluate, token)).status).toBe(404);
    const [answered] = await db.select().from(workshopEvaluations).where(eq(workshopEvaluations.trajectoryId, trajectory.id));
    expect(answered).toMatchObject({ rating: 8, wouldRecommend: true, plannedSteps: ["implemented_advice"], comment: "Heel bruikbaar." });
    // The answer moved the intake's card to evaluated, logged once although it was posted twice.
    const [card] = await db.select().from(workshopIntakes).where(eq(workshopIntakes.id, trajectory.intakeId));
    expect(card!.stage).toBe("evaluated");
    const moves = await db
      .select()
      .from(intakeMoves)
      .where(and(eq(intakeMoves.intakeId, trajectory.intakeId), eq(intakeMoves.toStage, "evaluated")));
    expect(moves.map((m) => [m.fromStage, m.movedBy])).toEqual([["running", null]]);

    // Not yet due the day before; due three months on: two jobs at once ask once.
    const dayBefore = new Date(Date.now() + (3 * 30 - 5) * 24 * 3600_000);
    await askDueFollowUps(dayBefore);
    expect(await mailTo("mail.workshopFollowUp")).toHaveLength(0);
    const later = new Date(Date.now() + 95 * 24 * 3600_000);
    await Promise.all([askDueFollowUps(later), askDueFollowUps(later)]);
    await askDueFollowUps(later);
    const followUps = await mailTo("mail.workshopFollowUp");
    expect(followUps).toHaveLength(1);
    const next = /\/evaluatie\/vervolg\/([\w-]+)/.exec(followUps[0]!.bodyText)![1]!;
    // The evaluation's token does not open the follow-up, nor the other way round.
    expect((await get("/x", followUp, token)).status).toBe(404);
    expect((await post(followUp, next, {})).status).toBe(400);
    expect((await post(followUp, next, { takenSteps: "hired_market_party" })).status).toBe(200);
    expect((await post(followUp, next, { takenSteps: "nothing_yet" })).status).toBe(404);
    const [done] = await db.select().from(workshopEvaluations).where(eq(workshopEvaluations.trajectoryId, trajectory.id));
    expect(done!.takenSteps).toEqual(["hired_market_party"]);

    const page = await outcome(() => file.loader(routeArgs(`/werkplaats/trajecten/${trajectory.id}`, staff, { params: params() })));
    expect((page.body as Awaited<ReturnType<typeof file.loader>>).evaluations).toEqual([
      expect.objectContaining({ respondent: "sme", rating: 8, takenSteps: ["hired_market_party"] }),
    ]);
  });

  it("lets each student and the teacher evaluate once after delivery; the expert's mark counts in their ranking", async () => {
    const teacher: Visitor = {
      user: await makePerson(werkplaats.id, ["teacher"], { name: "Ilse de Groot" }),
      roles: ["teacher"],
      werkplaats,
    };
    await makeTeamMember(trajectory, teacher.user!, "teacher");
    const form = { intent: "evaluation", rating: "7", teamRating: "8", smeRating: "9", expertRating: "6", comment: "Goede begeleiding." };
    expect((await teamPage(student)).body.evaluation).toEqual({ answer: null, asksExpert: true });
    expect((await teamPost(student, formPost({ ...form, teamRating: "0" }, params()))).status).toBe(400);
    const [a, b] = await Promise.all([teamPost(student, formPost(form, params())), teamPost(student, formPost(form, params()))]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect((await teamPost(teacher, formPost({ ...form, rating: "8", expertRating: "" }, params()))).status).toBe(200);
    expect((await teamPost(outsider, formPost(form, params()))).status).toBe(403);
    expect((await teamPage(student)).body.evaluation!.answer).toMatchObject({ rating: 7, teamRating: 8, smeRating: 9, expertRating: 6 });

    const page = await outcome(() => file.loader(routeArgs(`/werkplaats/trajecten/${trajectory.id}`, staff, { params: params() })));
    expect((page.body as Awaited<ReturnType<typeof file.loader>>).evaluations).toEqual([
      expect.objectContaining({ respondent: "sme", rating: 8 }),
      expect.objectContaining({ respondent: "student", name: "Noor Bakker", teamRating: 8, smeRating: 9, expertRating: 6 }),
      expect.objectContaining({ respondent: "teacher", name: "Ilse de Groot", rating: 8, expertRating: null }),
    ]);
    // The team's mark for the expert is one of the "past ratings by teams" the pool ranks on.
    const next = await makeTrajectory(
      werkplaats.id,
      (await makeIntake(werkplaats.id, { stage: "matched", route: "advisory_trajectory" })).id,
      {
        periodStart: today,
        periodEnd: addMonths(today, 2),
      },
    );
    const { ranked } = await expertSuggestions(werkplaats.id, next.id);
    const karin = ranked.find((r) => r.name === "Karin Expert");
    expect(karin?.reasons).toContainEqual(
      expect.objectContaining({ key: "workshop.experts.reason.rating", values: { rating: "6.0", n: 1 } }),
    );
  });

  it("counts the team's evaluations in the Impactmonitor, as an independent query does", async () => {
    // An answer of last year is not this month's.
    const old = new Date(Date.now() - 400 * 24 * 3600_000);
    await db.insert(workshopEvaluations).values({
      werkplaatsId: werkplaats.id,
      trajectoryId: trajectory.id,
      respondent: "student",
      userId: outsider.user!.id,
      askedAt: old,
      answeredAt: old,
      rating: 2,
      teamRating: 2,
      smeRating: 2,
    });
    const month = periodOf({ span: "month" }, today);
    const { teamVoice } = await impactOf(werkplaats.id, month);
    const result = (await db.execute(sql`
      select count(*) filter (where respondent = 'student')::int as students,
             count(*) filter (where respondent = 'teacher')::int as teachers,
             round(avg(rating), 1)::float as rating, round(avg(team_rating), 1)::float as team,
             round(avg(sme_rating), 1)::float as sme, round(avg(expert_rating), 1)::float as expert
      from workshop_evaluations
      where werkplaats_id = ${werkplaats.id} and respondent <> 'sme' and answered_at is not null
        and (answered_at at time zone 'Europe/Amsterdam')::date between ${month.from}::date and ${month.to}::date`)) as unknown;
    // postgres.js answers with the rows, PGlite with an object holding them.
    const [expected] = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, number | null>[];
    expect(teamVoice).toEqual({
      students: expected!.students,
      teachers: expected!.teachers,
      averageRating: expected!.rating,
      averageTeamRating: expected!.team,
      averageSmeRating: expected!.sme,
      averageExpertRating: expected!.expert,
    });
    // The two answers of the test before: a student (7, 8, 9, 6) and the teacher (8, 8, 9, no expert).
    expect(teamVoice).toEqual({
      students: 1,
      teachers: 1,
      averageRating: 7.5,
      averageTeamRating: 8,
      averageSmeRating: 9,
      averageExpertRating: 6,
    });
  });
});
