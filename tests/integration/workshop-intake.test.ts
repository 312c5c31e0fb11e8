import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { intakeMoves, outboxMessages, workshopIntakes } from "#db/schema";
import { makePerson, makeWerkplaats } from "#db/factories";
import { makeCompany } from "#db/membership-factories";
import { makeIntake } from "#db/workshop-factories";
import * as intakePage from "~/routes/intake";
import * as board from "~/routes/werkplaats.intake._index";
import * as file from "~/routes/werkplaats.intake.$intakeId";
import { db } from "~/utils/db.server";
import { formPost, outcome, routeArgs, type Visitor } from "../support/route-harness";

let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let staff: Visitor;
let guest: Visitor;

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Intake" });
  const person = await makePerson(werkplaats.id, ["staff"], { name: "Sanne de Vries" });
  staff = { user: person, roles: ["staff"], werkplaats };
  guest = { user: null, roles: [], werkplaats };
});

const form = (overrides: Record<string, string> = {}) => ({
  organisation: "Fietsenmakerij Van Rijn",
  contactName: "Joost van Rijn",
  email: "joost@fietsvanrijn.nl",
  kvkNumber: "6432 1987",
  sizeClass: "2-10",
  sector: "Detailhandel",
  themes: "ecommerce",
  question: "Onze webshop verkoopt bijna niets. Wat doen we verkeerd?",
  consent: "on",
  ...overrides,
});

const post = (fields: Record<string, string>, who = guest) => outcome(() => intakePage.action(routeArgs("/intake", who, formPost(fields))));

const intakesOf = (email: string) =>
  db
    .select()
    .from(workshopIntakes)
    .where(and(eq(workshopIntakes.werkplaatsId, werkplaats.id), eq(workshopIntakes.email, email)));

describe("the public intake", () => {
  it("stores one intake for a double submit, mails the asker and the staff once, keeps it for the stated period", async () => {
    const [first, second] = await Promise.all([
      post(form()),
      post(form({ question: "  Onze webshop verkoopt bijna   niets. Wat doen we verkeerd? " })),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    const rows = await intakesOf("joost@fietsvanrijn.nl");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kvkNumber: "64321987", stage: "intake", themes: ["ecommerce"] });
    expect(rows[0]!.retainUntil > "2026-01-01").toBe(true);
    const mails = await db.select().from(outboxMessages).where(eq(outboxMessages.werkplaatsId, werkplaats.id));
    expect(mails.filter((m) => m.kind === "mail.workshopIntakeReceived").map((m) => m.toAddress)).toEqual(["joost@fietsvanrijn.nl"]);
    expect(mails.filter((m) => m.kind === "mail.workshopIntakeForStaff").map((m) => m.toAddress)).toEqual([staff.user!.email]);
    const moves = await db.select().from(intakeMoves).where(eq(intakeMoves.intakeId, rows[0]!.id));
    expect(moves).toMatchObject([{ fromStage: null, toStage: "intake", movedBy: null }]);
  });

  it("refuses missing consent, a bad KvK number and no theme with 400 and stores nothing", async () => {
    const bad = await post(form({ email: "x@voorbeeld.nl", consent: "", kvkNumber: "123", themes: "" }));
    expect(bad.status).toBe(400);
    expect(Object.keys((bad.body as { fieldErrors: object }).fieldErrors).sort()).toEqual(["consent", "kvkNumber", "themes"]);
    expect(await intakesOf("x@voorbeeld.nl")).toHaveLength(0);
  });

  it("answers a filled honeypot as accepted and keeps nothing", async () => {
    const bot = await post(form({ email: "bot@spam.example", website: "http://spam.example" }));
    expect(bot.status).toBe(200);
    expect(await intakesOf("bot@spam.example")).toHaveLength(0);
  });

  it("rate-limits one address: the fourth request within the hour is a 429", async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(form({ email: "veel@vragen.nl", question: `Vraag ${i}` }))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it("fills in a resident's company and links the intake to it", async () => {
    const member = await makePerson(werkplaats.id, ["member"], { name: "Femke Bos" });
    const company = await makeCompany(werkplaats.id, member.id, { name: "Bos Webdesign" });
    const who: Visitor = { user: member, roles: ["member"], werkplaats };
    const page = await outcome(() => intakePage.loader(routeArgs("/intake", who)));
    expect((page.body as { resident: { companyName: string } }).resident.companyName).toBe("Bos Webdesign");
    expect((await post(form({ email: member.email, organisation: "Bos Webdesign" }), who)).status).toBe(200);
    expect((await intakesOf(member.email))[0]).toMatchObject({ companyId: company.id, submittedBy: member.id });
  });
});

describe("the intake board", () => {
  it("is for staff and managers only", async () => {
    const member = await makePerson(werkplaats.id, ["member"]);
    expect(
      (await outcome(() => board.loader(routeArgs("/werkplaats/intake", { user: member, roles: ["member"], werkplaats })))).status,
    ).toBe(403);
    expect((await outcome(() => board.loader(routeArgs("/werkplaats/intake", staff)))).status).toBe(200);
  });

  it("filters by theme, size class, route and staff member; a bad filter is a 400", async () => {
    await makeIntake(werkplaats.id, { organisation: "Zonnepanelen Zuid", themes: ["energy_transition"], sizeClass: "10-50" });
    const list = async (query: string) => {
      const result = await outcome(() => board.loader(routeArgs(`/werkplaats/intake?${query}`, staff)));
      return (result.body as { intakes: { organisation: string }[] }).intakes.map((i) => i.organisation);
    };
    expect(await list("theme=energy_transition")).toEqual(["Zonnepanelen Zuid"]);
    expect(await list("theme=energy_transition&sizeClass=2-10")).toEqual([]);
    expect(await list(`owner=${staff.user!.id}`)).toEqual([]);
    expect((await outcome(() => board.loader(routeArgs("/werkplaats/intake?theme=blockchain", staff)))).status).toBe(400);
  });

  it("logs every move, refuses a skipped step (409) and another werkplaats's intake (404)", async () => {
    const intake = await makeIntake(werkplaats.id, { organisation: "Kaasboerderij Hoeve" });
    const act = (fields: Record<string, string>, id = intake.id) =>
      outcome(() => file.action(routeArgs(`/werkplaats/intake/${id}`, staff, formPost(fields, { intakeId: id }))));
    expect((await act({ intent: "move", to: "matched" })).status).toBe(409);
    expect((await act({ intent: "move", to: "articulation" })).status).toBe(200);
    expect((await act({ intent: "move", to: "matched" })).status).toBe(409);
    const saved = await act({
      intent: "articulate",
      notes: "Belde 3/12",
      clarifiedQuestion: "Welke kassakoppeling?",
      route: "advisory_trajectory",
      ownerId: staff.user!.id,
    });
    expect(saved.status).toBe(200);
    expect((await act({ intent: "move", to: "matched" })).status).toBe(200);
    const moves = await db.select().from(intakeMoves).where(eq(intakeMoves.intakeId, intake.id)).orderBy(intakeMoves.id);
    expect(moves.map((m) => [m.fromStage, m.toStage, m.movedBy])).toEqual([
      [null, "intake", null],
      ["intake", "articulation", staff.user!.id],
      ["articulation", "matched", staff.user!.id],
    ]);
    const elsewhere = await makeWerkplaats({ name: "Elders" });
    const foreign = await makeIntake(elsewhere.id);
    expect((await act({ intent: "move", to: "articulation" }, foreign.id)).status).toBe(404);
    expect(
      (await outcome(() => file.loader(routeArgs(`/werkplaats/intake/${foreign.id}`, staff, { params: { intakeId: foreign.id } })))).status,
    ).toBe(404);
    const [untouched] = await db.select().from(workshopIntakes).where(eq(workshopIntakes.id, foreign.id));
    expect(untouched!.stage).toBe("intake");
  });
});

describe("AVG retention", () => {
  it("deletes intakes past their consent period that never became a trajectory, and keeps the rest", async () => {
    const { deleteExpiredIntakes } = await import("~/modules/workshop/index.server");
    const { makeTrajectory } = await import("#db/workshop-factories");
    const expired = await makeIntake(werkplaats.id, { retainUntil: "2027-01-31" });
    const kept = await makeIntake(werkplaats.id, { retainUntil: "2027-01-31" });
    await makeTrajectory(werkplaats.id, kept.id);
    const current = await makeIntake(werkplaats.id, { retainUntil: "2027-02-01" });
    expect(await deleteExpiredIntakes(new Date("2027-02-01T10:00:00Z"))).toBeGreaterThanOrEqual(1);
    const left = await db.select({ id: workshopIntakes.id }).from(workshopIntakes);
    const ids = left.map((r) => r.id);
    expect(ids).not.toContain(expired.id);
    expect(ids).toEqual(expect.arrayContaining([kept.id, current.id]));
    expect(await db.select().from(intakeMoves).where(eq(intakeMoves.intakeId, expired.id))).toHaveLength(0);
  });
});
