import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { trajectoryExperts } from "#db/schema";
import { makeCompany } from "#db/membership-factories";
import { makeExpert } from "#db/expert-factories";
import { makePerson, makeWerkplaats } from "#db/factories";
import { makeIntake, makeTrajectory } from "#db/workshop-factories";
import { profileSchema } from "~/modules/directory";
import { saveProfile } from "~/modules/directory/index.server";
import {
  answerInvitation,
  expertHoursValue,
  expertSuggestions,
  inviteExpert,
  logExpertHours,
  myExpertPlaces,
  setExpertHourRate,
} from "~/modules/workshop/index.server";
import { addDays } from "~/utils/calendar";
import { db } from "~/utils/db.server";
import { todayIn } from "~/utils/zoned-time";

const today = todayIn();
let werkplaatsId: string;
let staffId: string;

async function trajectory(overrides: Parameters<typeof makeTrajectory>[2] = {}, intake: Parameters<typeof makeIntake>[1] = {}) {
  const made = await makeIntake(werkplaatsId, intake);
  return makeTrajectory(werkplaatsId, made.id, { periodStart: today, periodEnd: addDays(today, 60), ...overrides });
}

beforeAll(async () => {
  werkplaatsId = (await makeWerkplaats()).id;
  staffId = (await makePerson(werkplaatsId, ["staff"])).id;
});

describe(`the expert pool on ${process.env.DATABASE_URL ? "the PostgreSQL server" : "PGlite"}`, () => {
  it("ranks experts for a trajectory with reasons, leaving out the SME's own company", async () => {
    const shop = await makeExpert(werkplaatsId, { name: "Anouk Webshop", tags: ["webshops", "seo"], hoursPerMonth: 6 });
    await makeExpert(werkplaatsId, { name: "Bram Beveiliging", tags: ["cyber security"] });
    const own = await makeExpert(werkplaatsId, { name: "Cor Eigenbedrijf", tags: ["e-commerce"] });
    const company = await makeCompany(werkplaatsId, own.id, { name: "Bakkerij Cor" });
    const t = await trajectory(
      { themes: ["ecommerce"], clarifiedQuestion: "Hoe wordt onze webshop beter vindbaar?" },
      { companyId: company.id },
    );

    const { ranked } = await expertSuggestions(werkplaatsId, t.id, today);
    const names = ranked.map((r) => r.name);
    expect(names[0]).toBe("Anouk Webshop");
    expect(names).not.toContain("Cor Eigenbedrijf");
    expect(ranked[0]?.reasons[0]).toEqual({ key: "workshop.experts.reason.themes", values: { tags: "webshops, seo" } });
    expect(ranked[0]?.reasons).toContainEqual({ key: "workshop.experts.reason.freeHours", values: { free: 6, total: 6 } });

    await inviteExpert(werkplaatsId, t.id, { userId: shop.id, hoursPerMonth: 2 }, staffId);
    const again = await expertSuggestions(werkplaatsId, t.id, today);
    expect(again.ranked.map((r) => r.name)).not.toContain("Anouk Webshop");
  });

  it("never books an expert beyond their monthly hours, and says how much is free", async () => {
    const expert = await makeExpert(werkplaatsId, { hoursPerMonth: 4 });
    const [a, b, c] = [await trajectory(), await trajectory(), await trajectory()];
    await inviteExpert(werkplaatsId, a.id, { userId: expert.id, hoursPerMonth: 3 }, staffId);
    await inviteExpert(werkplaatsId, b.id, { userId: expert.id, hoursPerMonth: 1 }, staffId);
    await expect(inviteExpert(werkplaatsId, c.id, { userId: expert.id, hoursPerMonth: 1 }, staffId)).rejects.toMatchObject({
      status: 409,
      key: "workshop.experts.errors.noHours",
      vars: { free: 0, asked: 1 },
    });
    await expect(inviteExpert(werkplaatsId, a.id, { userId: expert.id, hoursPerMonth: 1 }, staffId)).rejects.toMatchObject({
      status: 409,
      key: "workshop.experts.errors.alreadyOn",
    });
    // A trajectory in months where the expert is free is fine.
    const later = await trajectory({ periodStart: addDays(today, 120), periodEnd: addDays(today, 150) });
    await inviteExpert(werkplaatsId, later.id, { userId: expert.id, hoursPerMonth: 4 }, staffId);
    // A declined place frees its hours.
    const places = await db.select().from(trajectoryExperts).where(eq(trajectoryExperts.trajectoryId, b.id));
    await answerInvitation(werkplaatsId, places[0]!.id, expert.id, "decline");
    await inviteExpert(werkplaatsId, c.id, { userId: expert.id, hoursPerMonth: 1 }, staffId);
  });

  it("two staff inviting the last hour at once: one wins, the others get the 409", async () => {
    const expert = await makeExpert(werkplaatsId, { hoursPerMonth: 2 });
    const targets = await Promise.all(Array.from({ length: 8 }, () => trajectory()));
    const results = await Promise.allSettled(
      targets.map((t) => inviteExpert(werkplaatsId, t.id, { userId: expert.id, hoursPerMonth: 2 }, staffId)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused).toHaveLength(7);
    for (const r of refused) expect(r.reason).toMatchObject({ status: 409, key: "workshop.experts.errors.noHours" });
    const rows = await db.select().from(trajectoryExperts).where(eq(trajectoryExperts.userId, expert.id));
    expect(rows).toHaveLength(1);
  });

  it("the expert accepts once, sees the place and logs hours, valued at the manager's rate", async () => {
    const expert = await makeExpert(werkplaatsId, { hoursPerMonth: 5 });
    const stranger = await makePerson(werkplaatsId, ["member"]);
    const t = await trajectory({ periodStart: addDays(today, -10) });
    const { id: placeId } = await inviteExpert(werkplaatsId, t.id, { userId: expert.id, hoursPerMonth: 3 }, staffId);
    await expect(logExpertHours(werkplaatsId, expert.id, { placeId, workedOn: today, hours: 90, note: undefined })).rejects.toMatchObject({
      status: 409,
      key: "workshop.experts.errors.notAccepted",
    });
    await expect(answerInvitation(werkplaatsId, placeId, stranger.id, "accept")).rejects.toMatchObject({ status: 404 });
    await answerInvitation(werkplaatsId, placeId, expert.id, "accept");
    await expect(answerInvitation(werkplaatsId, placeId, expert.id, "decline")).rejects.toMatchObject({
      status: 409,
      key: "workshop.experts.errors.alreadyAnswered",
    });
    await expect(
      logExpertHours(werkplaatsId, expert.id, { placeId, workedOn: addDays(today, 1), hours: 60, note: undefined }),
    ).rejects.toMatchObject({ status: 400, field: "workedOn" });
    await logExpertHours(werkplaatsId, expert.id, { placeId, workedOn: today, hours: 90, note: "Feedback op het prototype" });
    const mine = await myExpertPlaces(werkplaatsId, expert.id);
    expect(mine.places.map((p) => [p.status, p.loggedMinutes])).toEqual([["accepted", 90]]);

    const value = await expertHoursValue(werkplaatsId, { start: addDays(today, -1), end: today });
    await setExpertHourRate(werkplaatsId, 7500, staffId);
    const valued = await expertHoursValue(werkplaatsId, { start: addDays(today, -1), end: today });
    expect(valued.rateCents).toBe(7500);
    expect(valued.minutes).toBe(value.minutes);
    expect(valued.valueCents).toBe(Math.round((valued.minutes * 7500) / 60));
    expect(valued.minutes).toBeGreaterThanOrEqual(90);
  });

  it("an expert cannot lower their pledge below, or withdraw from, what trajectories count on", async () => {
    const expert = await makeExpert(werkplaatsId, { hoursPerMonth: 6 });
    const t = await trajectory();
    await inviteExpert(werkplaatsId, t.id, { userId: expert.id, hoursPerMonth: 5 }, staffId);
    const form = (hours: string, helps = "on") =>
      profileSchema.parse({ visible: "on", expertise: "data", helpsStudents: helps || undefined, helpHoursPerMonth: hours });
    await expect(saveProfile(werkplaatsId, expert.id, form("4"))).rejects.toMatchObject({
      status: 409,
      key: "directory.errors.hoursBooked",
      vars: { booked: 5 },
    });
    await expect(saveProfile(werkplaatsId, expert.id, form("0", ""))).rejects.toMatchObject({ status: 409 });
    await saveProfile(werkplaatsId, expert.id, form("8"));
  });
});
