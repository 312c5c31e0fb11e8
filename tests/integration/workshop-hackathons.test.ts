import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  hackathonChallenges,
  hackathonJurors,
  hackathonOutcomeVersions,
  hackathonTeamMembers,
  hackathonTeams,
  juryScores,
  outboxMessages,
} from "#db/schema";
import { makePerson, makeWerkplaats } from "#db/factories";
import { makeHackathon, makeIntake } from "#db/workshop-factories";
import * as judging from "~/routes/hackathons._index";
import * as page from "~/routes/hackathons.$eventId";
import * as results from "~/routes/hackathons.$eventId_.uitslag";
import * as follow from "~/routes/volg.$token";
import * as file from "~/routes/werkplaats.hackathons.$eventId";
import * as staffDownload from "~/routes/werkplaats.hackathons.$eventId_.werk.$versionId";
import * as teamDownload from "~/routes/hackathons.$eventId_.werk.$versionId";
import * as smeDownload from "~/routes/volg.$token.opleveringen.$versionId";
import { db } from "~/utils/db.server";
import { formPost, outcome, routeArgs, type Visitor } from "../support/route-harness";

let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let staff: Visitor;
let noor: Visitor;
let mo: Visitor;
let lisa: Visitor;
let juror: Visitor;
let member: Visitor;
let hackathon: Awaited<ReturnType<typeof makeHackathon>>;

const person = async (roles: Visitor["roles"], name: string): Promise<Visitor> => ({
  user: await makePerson(werkplaats.id, roles, { name }),
  roles,
  werkplaats,
});

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Hackathons" });
  staff = await person(["staff"], "Jeroen Bakker");
  noor = await person(["student"], "Noor Hendriks");
  mo = await person(["student"], "Mo Amrani");
  lisa = await person(["student"], "Lisa de Wit");
  juror = await person(["partner"], "Esther Mulder");
  member = await person(["member"], "Daan Jansen");
  hackathon = await makeHackathon(werkplaats.id);
});

const staffPost = (fields: Record<string, string>, eventId = hackathon.id) =>
  outcome(() => file.action(routeArgs(`/werkplaats/hackathons/${eventId}`, staff, formPost(fields, { eventId }))));
const post = (who: Visitor, fields: Record<string, string>, eventId = hackathon.id) =>
  outcome(() => page.action(routeArgs(`/hackathons/${eventId}`, who, formPost(fields, { eventId }))));
const view = (who: Visitor, eventId = hackathon.id) =>
  outcome(() => page.loader(routeArgs(`/hackathons/${eventId}`, who, { params: { eventId } })));

async function challenge(organisation: string, title: string) {
  const intake = await makeIntake(werkplaats.id, {
    organisation,
    email: `info@${title.length}${organisation.length}.nl`,
    stage: "articulation",
    route: "hackathon_challenge",
  });
  expect((await staffPost({ intent: "challenge", intakeId: intake.id, title })).status).toBe(200);
  const [row] = await db.select().from(hackathonChallenges).where(eq(hackathonChallenges.intakeId, intake.id));
  return { ...row!, intake };
}

describe("challenges and jury (staff)", () => {
  it("makes one challenge of an intake routed to a hackathon, refuses other routes and another werkplaats's hackathon", async () => {
    const intake = await makeIntake(werkplaats.id, { stage: "articulation", route: "hackathon_challenge" });
    const fields = { intent: "challenge", intakeId: intake.id, title: "Minder verspilling in de keuken" };
    const [a, b] = await Promise.all([staffPost(fields), staffPost(fields)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect(await db.select().from(hackathonChallenges).where(eq(hackathonChallenges.intakeId, intake.id))).toHaveLength(1);

    const advisory = await makeIntake(werkplaats.id, { stage: "articulation", route: "advisory_trajectory" });
    expect((await staffPost({ ...fields, intakeId: advisory.id })).status).toBe(409);

    const other = await makeWerkplaats({ name: "Elders" });
    const theirs = await makeHackathon(other.id);
    expect((await staffPost(fields, theirs.id)).status).toBe(404);
    const theirIntake = await makeIntake(other.id, { stage: "articulation", route: "hackathon_challenge" });
    expect((await staffPost({ ...fields, intakeId: theirIntake.id })).status).toBe(404);
  });

  it("puts someone with a role on the jury once; a stranger's address is refused; students cannot manage", async () => {
    expect((await staffPost({ intent: "juror", email: juror.user!.email })).status).toBe(200);
    expect((await staffPost({ intent: "juror", email: juror.user!.email })).status).toBe(409);
    expect((await staffPost({ intent: "juror", email: "nobody@example.nl" })).status).toBe(400);
    const asStudent = await outcome(() =>
      file.action(
        routeArgs(
          `/werkplaats/hackathons/${hackathon.id}`,
          noor,
          formPost({ intent: "juror", email: noor.user!.email }, { eventId: hackathon.id }),
        ),
      ),
    );
    expect(asStudent.status).toBe(403);
  });
});

describe("teams and scores", () => {
  it("lets students form and join one team each; a member who is not a student gets 403", async () => {
    const c = await challenge("Fietsenmaker Spaak", "Reparaties online plannen");
    expect((await post(noor, { intent: "newTeam", challengeId: c.id, name: "De Planners" })).status).toBe(200);
    const [team] = await db.select().from(hackathonTeams).where(eq(hackathonTeams.challengeId, c.id));
    expect((await post(mo, { intent: "join", teamId: team!.id })).status).toBe(200);
    // One team per student per hackathon, also when starting a second team.
    expect((await post(mo, { intent: "newTeam", challengeId: c.id, name: "Tweede team" })).status).toBe(409);
    expect(await db.select().from(hackathonTeams).where(eq(hackathonTeams.challengeId, c.id))).toHaveLength(1);
    // The same name twice on one challenge is refused beside the field.
    expect((await post(lisa, { intent: "newTeam", challengeId: c.id, name: "De Planners" })).status).toBe(409);
    expect((await post(lisa, { intent: "newTeam", challengeId: c.id, name: "Spaakwerk" })).status).toBe(200);
    expect((await post(member, { intent: "join", teamId: team!.id })).status).toBe(403);
    expect((await view(member)).status).toBe(403);
    const seen = (await view(noor)).body as Awaited<ReturnType<typeof page.loader>>;
    expect(seen.myTeamId).toBe(team!.id);
    expect(seen.teams.find((t) => t.id === team!.id)!.members.map((m) => m.name)).toEqual(["Mo Amrani", "Noor Hendriks"]);

    // Leaving the last place of an unscored team removes the team and frees its name.
    expect((await post(lisa, { intent: "leave", teamId: (await teamNamed("Spaakwerk")).id })).status).toBe(200);
    expect(await db.select().from(hackathonTeams).where(eq(hackathonTeams.name, "Spaakwerk"))).toHaveLength(0);
  });

  it("lets staff put a student in a team and move them; an emptied team goes, a non-student is a 404", async () => {
    const planners = await teamNamed("De Planners");
    expect((await staffPost({ intent: "assign", studentId: lisa.user!.id, teamId: planners.id })).status).toBe(200);
    expect((await staffPost({ intent: "assign", studentId: lisa.user!.id, teamId: planners.id })).status).toBe(409);
    expect((await staffPost({ intent: "assign", studentId: member.user!.id, teamId: planners.id })).status).toBe(404);
    // A student who started a team alone is moved: the empty, unscored team disappears.
    const sam = await person(["student"], "Sam Peeters");
    const [row] = await db.select().from(hackathonTeams).where(eq(hackathonTeams.id, planners.id));
    expect((await post(sam, { intent: "newTeam", challengeId: row!.challengeId, name: "Solo" })).status).toBe(200);
    const moved = await staffPost({ intent: "assign", studentId: sam.user!.id, teamId: planners.id });
    expect(moved).toMatchObject({ status: 200, body: { message: { vars: { name: "Sam Peeters", team: "De Planners" } } } });
    expect(await db.select().from(hackathonTeams).where(eq(hackathonTeams.name, "Solo"))).toHaveLength(0);
    const members = await db.select().from(hackathonTeamMembers).where(eq(hackathonTeamMembers.teamId, planners.id));
    expect(members).toHaveLength(4);
    // Students may not assign others.
    expect(
      (
        await outcome(() =>
          file.action(
            routeArgs("/x", noor, formPost({ intent: "assign", studentId: sam.user!.id, teamId: planners.id }, { eventId: hackathon.id })),
          ),
        )
      ).status,
    ).toBe(403);
    const staffView = (await outcome(() => file.loader(routeArgs("/x", staff, { params: { eventId: hackathon.id } })))).body as Awaited<
      ReturnType<typeof file.loader>
    >;
    expect(staffView.students.map((s) => s.name)).toContain("Sam Peeters");
  });

  it("refuses changes to teams once the hackathon is over", async () => {
    const past = await makeHackathon(werkplaats.id, {
      startsAt: new Date("2026-03-01T08:00:00Z"),
      endsAt: new Date("2026-03-01T16:00:00Z"),
    });
    const intake = await makeIntake(werkplaats.id, { stage: "articulation", route: "hackathon_challenge" });
    expect((await staffPost({ intent: "challenge", intakeId: intake.id, title: "Oud" }, past.id)).status).toBe(200);
    const [c] = await db.select().from(hackathonChallenges).where(eq(hackathonChallenges.eventId, past.id));
    expect((await post(lisa, { intent: "newTeam", challengeId: c!.id, name: "Te laat" }, past.id)).status).toBe(409);
  });

  it("takes a juror's marks once per criterion, replaces them when sent again, refuses non-jurors and bad marks", async () => {
    const team = await teamNamed("De Planners");
    const marks = { intent: "score", teamId: team.id, idea: "7", impact: "8", feasibility: "6", presentation: "9" };
    expect((await post(juror, marks)).status).toBe(200);
    expect((await post(juror, { ...marks, impact: "9" })).status).toBe(200);
    const rows = await db.select().from(juryScores).where(eq(juryScores.teamId, team.id));
    expect(rows).toHaveLength(4);
    expect(rows.find((r) => r.criterion === "impact")!.score).toBe(9);
    expect((await post(noor, marks)).status).toBe(403);
    expect((await post(juror, { ...marks, idea: "11" })).status).toBe(400);
    expect((await post(juror, { ...marks, teamId: "00000000-0000-4000-8000-000000000000" })).status).toBe(404);
    // The database holds one score per juror, team and criterion even without the module.
    await expect(
      db.insert(juryScores).values({ werkplaatsId: werkplaats.id, teamId: team.id, jurorId: juror.user!.id, criterion: "idea", score: 5 }),
    ).rejects.toThrow();
  });

  it("lists a juror's hackathons, newest first, and takes their marks after the hackathon's day", async () => {
    const past = await makeHackathon(werkplaats.id, {
      startsAt: new Date("2026-04-01T08:00:00Z"),
      endsAt: new Date("2026-04-01T16:00:00Z"),
    });
    const cancelled = await makeHackathon(werkplaats.id, { status: "cancelled" });
    const intake = await makeIntake(werkplaats.id, { stage: "articulation", route: "hackathon_challenge" });
    expect((await staffPost({ intent: "challenge", intakeId: intake.id, title: "Voorjaar" }, past.id)).status).toBe(200);
    const [c] = await db.select().from(hackathonChallenges).where(eq(hackathonChallenges.eventId, past.id));
    const [team] = await db.insert(hackathonTeams).values({ werkplaatsId: werkplaats.id, challengeId: c!.id, name: "Lente" }).returning();
    await db
      .insert(hackathonJurors)
      .values([past, cancelled].map((event) => ({ werkplaatsId: werkplaats.id, eventId: event.id, userId: juror.user!.id })));
    const marks = { intent: "score", teamId: team!.id, idea: "6", impact: "7", feasibility: "8", presentation: "7" };
    expect((await post(juror, marks, past.id)).status).toBe(200);
    const list = (await outcome(() => judging.loader(routeArgs("/hackathons", juror)))).body as Awaited<ReturnType<typeof judging.loader>>;
    // The cancelled hackathon is nobody's to judge; the page counts the juror's own marks.
    expect(list.hackathons.map((h) => [h.id, h.scored])).toEqual([
      [hackathon.id, 1],
      [past.id, 1],
    ]);
    const none = (await outcome(() => judging.loader(routeArgs("/hackathons", member)))).body as typeof list;
    expect(none.hackathons).toEqual([]);
  });

  it("ranks the teams per challenge with the tie explained, and the SME sees its challenge's ranking by link", async () => {
    const c = await challenge("Kaasboerderij Blom", "Kaas online verkopen");
    expect((await post(staff, { intent: "newTeam", challengeId: c.id, name: "Staff" })).status).toBe(403);
    const a = await person(["student"], "Anna Smit");
    const b = await person(["student"], "Bram Kok");
    await post(a, { intent: "newTeam", challengeId: c.id, name: "Gouda" });
    await post(b, { intent: "newTeam", challengeId: c.id, name: "Edam" });
    // Equal totals (30): Edam scores higher on impact and wins the tie.
    await post(juror, {
      intent: "score",
      teamId: (await teamNamed("Gouda")).id,
      idea: "9",
      impact: "6",
      feasibility: "7",
      presentation: "8",
    });
    await post(juror, {
      intent: "score",
      teamId: (await teamNamed("Edam")).id,
      idea: "7",
      impact: "8",
      feasibility: "7",
      presentation: "8",
    });
    const res = await outcome(() =>
      results.loader(routeArgs(`/hackathons/${hackathon.id}/uitslag`, a, { params: { eventId: hackathon.id } })),
    );
    expect(res.status).toBe(200);
    const ranking = (res.body as Awaited<ReturnType<typeof results.loader>>).challenges.find((x) => x.id === c.id)!.ranking;
    expect(ranking.map((r) => [r.name, r.rank, r.tie])).toEqual([
      ["Edam", 1, { key: "workshop.hackathon.tie.broken", criterion: "impact" }],
      ["Gouda", 2, { key: "workshop.hackathon.tie.broken", criterion: "impact" }],
    ]);

    expect(
      (
        await staffPost({
          intent: "outcome",
          challengeId: c.id,
          outcome: "Een webshopplan en een prototype",
          url: "javascript:alert(1)",
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await staffPost({
          intent: "outcome",
          challengeId: c.id,
          outcome: "Een webshopplan en een prototype",
          url: "https://example.nl/kaas",
        })
      ).status,
    ).toBe(200);
    expect((await staffPost({ intent: "smeLink", challengeId: c.id })).status).toBe(200);
    const [mail] = await db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.toAddress, c.intake.email))
      .orderBy(desc(outboxMessages.createdAt));
    const token = mail!.bodyText.match(/\/volg\/(\S+)/)![1]!;
    const [stored] = await db.select().from(hackathonChallenges).where(eq(hackathonChallenges.id, c.id));
    expect(stored!.smeTokenHash).not.toContain(token);
    const seen = await outcome(() =>
      follow.loader(routeArgs(`/volg/${token}`, { user: null, roles: [], werkplaats }, { params: { token } })),
    );
    expect(seen.status).toBe(200);
    const body = seen.body as { challenge: { title: string; outcome: string; ranking: { name: string; rank: number }[] } };
    expect(body.challenge.title).toBe("Kaas online verkopen");
    expect(body.challenge.outcome).toBe("Een webshopplan en een prototype");
    expect(body.challenge.ranking.map((r) => r.name)).toEqual(["Edam", "Gouda"]);
    // A new link shuts the old one off; a guessed one shows nothing.
    await staffPost({ intent: "smeLink", challengeId: c.id });
    const old = await outcome(() =>
      follow.loader(routeArgs(`/volg/${token}`, { user: null, roles: [], werkplaats }, { params: { token } })),
    );
    expect(old.status).toBe(404);
    expect((old.body as { challenge: unknown }).challenge).toBeNull();
  });
});

/** A multipart post of the staff page, as the browser sends the outcome form with a file input. */
function outcomeUpload(fields: Record<string, string>, upload?: { name: string; bytes: Uint8Array<ArrayBuffer> }) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  body.append("file", upload ? new File([upload.bytes], upload.name) : new File([], ""));
  return outcome(() =>
    file.action(routeArgs(`/werkplaats/hackathons/${hackathon.id}`, staff, { method: "POST", body, params: { eventId: hackathon.id } })),
  );
}

describe("a challenge's outcome in versions", () => {
  it("keeps every version of a file or a link, refuses both, a refused type or an empty file, and shows the SME the latest", async () => {
    const c = await challenge("Bakkerij De Korenschoof", "Brood bestellen via de app");
    const pdf = new TextEncoder().encode("%PDF-1.4\n% plan van de teams\n") as Uint8Array<ArrayBuffer>;
    const fields = { intent: "outcome", challengeId: c.id, outcome: "Een bestelapp als klikbaar prototype" };
    expect((await outcomeUpload(fields, { name: "plan.pdf", bytes: pdf })).status).toBe(200);
    expect((await outcomeUpload({ ...fields, url: "https://example.nl/prototype" })).status).toBe(200);
    // Both at once, a page renamed to .pdf, an empty file: a 400 and no version.
    const both = await outcomeUpload({ ...fields, url: "https://example.nl/x" }, { name: "plan.pdf", bytes: pdf });
    expect(both.status).toBe(400);
    const html = new TextEncoder().encode("<html><script>alert(1)</script>") as Uint8Array<ArrayBuffer>;
    expect((await outcomeUpload(fields, { name: "plan.pdf", bytes: html })).status).toBe(400);
    // Only the summary corrected: no new version.
    expect((await outcomeUpload({ ...fields, outcome: "Een bestelapp, getest met vijf klanten" })).status).toBe(200);
    const versions = await db
      .select()
      .from(hackathonOutcomeVersions)
      .where(eq(hackathonOutcomeVersions.challengeId, c.id))
      .orderBy(hackathonOutcomeVersions.version);
    expect(versions.map((v) => [v.version, v.fileName, v.url, v.contentType])).toEqual([
      [1, "plan.pdf", null, "application/pdf"],
      [2, null, "https://example.nl/prototype", null],
    ]);
    const staffPage = await outcome(() =>
      file.loader(routeArgs(`/werkplaats/hackathons/${hackathon.id}`, staff, { params: { eventId: hackathon.id } })),
    );
    expect((staffPage.body as { outcomeVersions: { version: number }[] }).outcomeVersions.filter((v) => v.version > 0)).toEqual(
      expect.arrayContaining([expect.objectContaining({ version: 1 }), expect.objectContaining({ version: 2 })]),
    );
    const download = await staffDownload.loader(
      routeArgs(`/werkplaats/hackathons/${hackathon.id}/werk/${versions[0]!.id}`, staff, {
        params: { eventId: hackathon.id, versionId: versions[0]!.id },
      }),
    );
    expect(download.headers.get("content-disposition")).toContain("attachment");
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);

    // The SME's link shows the summary and the latest version; the older file is theirs to download.
    expect((await staffPost({ intent: "smeLink", challengeId: c.id })).status).toBe(200);
    const [mail] = await db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.toAddress, c.intake.email))
      .orderBy(desc(outboxMessages.createdAt));
    const token = mail!.bodyText.match(/\/volg\/(\S+)/)![1]!;
    const anyone = { user: null, roles: [], werkplaats } as Visitor;
    const seen = await outcome(() => follow.loader(routeArgs(`/volg/${token}`, anyone, { params: { token } })));
    expect((seen.body as { challenge: { outcome: string; work: { url: string } } }).challenge).toMatchObject({
      outcome: "Een bestelapp, getest met vijf klanten",
      work: { url: "https://example.nl/prototype" },
    });
    const smeFile = (versionId: string, t = token) =>
      outcome(() => smeDownload.loader(routeArgs(`/volg/${t}/opleveringen/${versionId}`, anyone, { params: { token: t, versionId } })));
    expect((await smeFile(versions[0]!.id)).status).toBe(200);
    // A link version has no file; a guessed token and another challenge's version show nothing.
    expect((await smeFile(versions[1]!.id)).status).toBe(404);
    expect((await smeFile(versions[0]!.id, "x".repeat(43))).status).toBe(404);
    const other = await challenge("Slagerij Van Dam", "Vlees op bestelling");
    expect((await outcomeUpload({ ...fields, challengeId: other.id }, { name: "ander.pdf", bytes: pdf })).status).toBe(200);
    const [otherVersion] = await db.select().from(hackathonOutcomeVersions).where(eq(hackathonOutcomeVersions.challengeId, other.id));
    expect((await smeFile(otherVersion!.id)).status).toBe(404);
  });
});

/** A multipart post of the hackathon's own page by `who`: the team's work form with a file input. */
function workUpload(
  who: Visitor,
  eventId: string,
  fields: Record<string, string>,
  upload?: { name: string; bytes: Uint8Array<ArrayBuffer> },
) {
  const body = new FormData();
  body.append("intent", "work");
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  body.append("file", upload ? new File([upload.bytes], upload.name) : new File([], ""));
  return outcome(() => page.action(routeArgs(`/hackathons/${eventId}`, who, { method: "POST", body, params: { eventId } })));
}

describe("the team hands in its challenge's work", () => {
  it("takes versions from the challenge's team and teachers, refuses another team's student with 403, and staff keep their rights", async () => {
    const event = await makeHackathon(werkplaats.id);
    const onEvent = async (organisation: string, title: string) => {
      const intake = await makeIntake(werkplaats.id, {
        organisation,
        email: `${title.length}@${organisation.length}.nl`,
        stage: "articulation",
        route: "hackathon_challenge",
      });
      expect((await staffPost({ intent: "challenge", intakeId: intake.id, title }, event.id)).status).toBe(200);
      const [row] = await db.select().from(hackathonChallenges).where(eq(hackathonChallenges.intakeId, intake.id));
      return row!;
    };
    const ours = await onEvent("Fietsenmaker Snel", "Reparaties online plannen");
    const theirs = await onEvent("Drukkerij Merwede", "Offertes in één klik");
    const ava = await person(["student"], "Ava Visser");
    const ben = await person(["student"], "Ben Smit");
    const teacher = await person(["teacher"], "Pieter van Leeuwen");
    expect((await post(ava, { intent: "newTeam", challengeId: ours.id, name: "Snelle Jongens" }, event.id)).status).toBe(200);
    expect((await post(ben, { intent: "newTeam", challengeId: theirs.id, name: "Drukte" }, event.id)).status).toBe(200);
    const pdf = new TextEncoder().encode("%PDF-1.4\n% planning-app\n") as Uint8Array<ArrayBuffer>;
    const versionsOf = (challengeId: string) =>
      db
        .select()
        .from(hackathonOutcomeVersions)
        .where(eq(hackathonOutcomeVersions.challengeId, challengeId))
        .orderBy(hackathonOutcomeVersions.version);

    expect((await workUpload(ava, event.id, { challengeId: ours.id }, { name: "plan.pdf", bytes: pdf })).status).toBe(200);
    // Another team's student, a member without a role and a juror-less partner: 403, and nothing written.
    for (const stranger of [ben, member, juror]) {
      expect((await workUpload(stranger, event.id, { challengeId: ours.id, url: "https://example.nl/niet-van-jou" })).status).toBe(403);
    }
    // The same checks as a deliverable's version: not both, not neither, no page renamed to .pdf.
    expect(
      (await workUpload(ava, event.id, { challengeId: ours.id, url: "https://example.nl/x" }, { name: "plan.pdf", bytes: pdf })).status,
    ).toBe(400);
    expect((await workUpload(ava, event.id, { challengeId: ours.id })).status).toBe(400);
    const html = new TextEncoder().encode("<html><script>alert(1)</script>") as Uint8Array<ArrayBuffer>;
    expect((await workUpload(ava, event.id, { challengeId: ours.id }, { name: "plan.pdf", bytes: html })).status).toBe(400);
    expect((await workUpload(ava, event.id, { challengeId: ours.id, url: "javascript:alert(1)" })).status).toBe(400);
    // Another hackathon's address for the same challenge is a 404.
    expect((await workUpload(ava, hackathon.id, { challengeId: ours.id, url: "https://example.nl/elders" })).status).toBe(404);
    // Two hand-ins at once become two versions, numbered without a gap.
    const both = await Promise.all(
      ["https://example.nl/v2", "https://example.nl/v3"].map((url) => workUpload(ava, event.id, { challengeId: ours.id, url })),
    );
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    // A teacher coaches every team of the hackathon; staff still record the outcome with a version.
    expect((await workUpload(teacher, event.id, { challengeId: theirs.id, url: "https://example.nl/offerte" })).status).toBe(200);
    expect(
      (
        await staffPost(
          { intent: "outcome", challengeId: ours.id, outcome: "Een planner die klanten zelf gebruiken", url: "https://example.nl/eind" },
          event.id,
        )
      ).status,
    ).toBe(200);

    const mine = await versionsOf(ours.id);
    expect(mine.map((v) => v.version)).toEqual([1, 2, 3, 4]);
    expect(mine[0]).toMatchObject({ fileName: "plan.pdf", contentType: "application/pdf", uploadedBy: ava.user!.id });
    expect(
      mine
        .slice(1, 3)
        .map((v) => v.url)
        .sort(),
    ).toEqual(["https://example.nl/v2", "https://example.nl/v3"]);
    expect(mine[3]).toMatchObject({ url: "https://example.nl/eind", uploadedBy: staff.user!.id });
    expect((await versionsOf(theirs.id)).map((v) => [v.version, v.uploadedBy])).toEqual([[1, teacher.user!.id]]);

    // Each sees the work of the challenges they may add to, and nobody else's.
    type Page = { workChallengeIds: string[]; workVersions: { challengeId: string }[] };
    const avaPage = (await view(ava, event.id)).body as Page;
    expect(avaPage.workChallengeIds).toEqual([ours.id]);
    expect(new Set(avaPage.workVersions.map((v) => v.challengeId))).toEqual(new Set([ours.id]));
    expect(((await view(ben, event.id)).body as Page).workChallengeIds).toEqual([theirs.id]);
    expect(((await view(teacher, event.id)).body as Page).workChallengeIds.sort()).toEqual([ours.id, theirs.id].sort());
    const download = (who: Visitor, versionId: string) =>
      outcome(() =>
        teamDownload.loader(routeArgs(`/hackathons/${event.id}/werk/${versionId}`, who, { params: { eventId: event.id, versionId } })),
      );
    const first = await download(ava, mine[0]!.id);
    expect(first.status).toBe(200);
    expect((first.body as Response).headers.get("content-disposition")).toContain("attachment");
    expect(new Uint8Array(await (first.body as Response).arrayBuffer())).toEqual(pdf);
    expect((await download(ben, mine[0]!.id)).status).toBe(403);
    expect((await download(ava, "not-a-version")).status).toBe(404);
  });
});

async function teamNamed(name: string) {
  const [team] = await db
    .select({ id: hackathonTeams.id })
    .from(hackathonTeams)
    .innerJoin(hackathonChallenges, eq(hackathonChallenges.id, hackathonTeams.challengeId))
    .where(and(eq(hackathonTeams.name, name), eq(hackathonChallenges.werkplaatsId, werkplaats.id)));
  return team!;
}

describe("the database keeps challenges on hackathons", () => {
  it("refuses a challenge on an activity that is not a hackathon", async () => {
    const talk = await makeHackathon(werkplaats.id, { kind: "talk" });
    const intake = await makeIntake(werkplaats.id, { stage: "articulation", route: "hackathon_challenge" });
    await expect(
      db.insert(hackathonChallenges).values({ werkplaatsId: werkplaats.id, eventId: talk.id, intakeId: intake.id, title: "Mis" }),
    ).rejects.toThrow();
    expect(await db.select().from(hackathonTeamMembers).where(eq(hackathonTeamMembers.eventId, talk.id))).toHaveLength(0);
  });
});
