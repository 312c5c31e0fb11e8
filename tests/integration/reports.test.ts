import { beforeAll, describe, expect, it } from "vitest";
import { memberships, membershipPauses, membershipPeriods } from "#db/schema";
import { makeUser, makeWerkplaats } from "#db/factories";
import { makeCompany, makeMembership, makePlan } from "#db/membership-factories";
import { includedRoomMinutes } from "~/modules/memberships/allowance.server";
import { membershipsCsv, membersCsv } from "~/modules/memberships/export.server";
import { listMemberships, membershipCounts } from "~/modules/memberships/queries.server";
import { listPlans } from "~/modules/plans/plans.server";
import { membershipReport, mrrTrend } from "~/modules/memberships/reports.server";
import { addDays, addMonths, monthOf } from "~/utils/calendar";
import { todayIn, zonedToUtc } from "~/utils/zoned-time";
import { db } from "~/utils/db.server";
import { eq } from "drizzle-orm";

let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
const today = todayIn();
const plans = {} as Record<"flex" | "fixed" | "virtual" | "strip", Awaited<ReturnType<typeof makePlan>>>;
const ids = {} as Record<string, string>;

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Test" });
  plans.flex = await makePlan(werkplaats.id, "flex", { priceCents: 17500, includedRoomMinutes: 240 });
  plans.fixed = await makePlan(werkplaats.id, "fixed", { priceCents: 27500, includedRoomMinutes: 480 });
  plans.virtual = await makePlan(werkplaats.id, "virtual", { priceCents: 6500, includedRoomMinutes: 60 });
  plans.strip = await makePlan(werkplaats.id, "strippenkaart", { priceCents: 19000, stripDays: 10, stripValidityMonths: 3 });
  const member = async (name: string, plan: keyof typeof plans, options: Parameters<typeof makeMembership>[3]) => {
    const user = await makeUser({ name, email: `${name.toLowerCase().replace(/\W/g, "")}@example.nl` });
    const m = await makeMembership(werkplaats.id, user.id, plans[plan].id, options);
    ids[name] = m.id;
    return { user, m };
  };
  const sanne = await member("Sanne Visser", "flex", { startDate: addMonths(today, -3) });
  const company = await makeCompany(werkplaats.id, sanne.user.id, { name: "Studio Noord" });
  await db.update(memberships).set({ companyId: company.id }).where(eq(memberships.id, sanne.m.id));
  await member("Daan Jansen", "fixed", { startDate: addMonths(today, -6) });
  await member("Virtueel Een", "virtual", { startDate: addMonths(today, -2) });
  await member("Strip Kaart", "strip", { startDate: addDays(today, -5), endDate: addDays(addMonths(addDays(today, -5), 3), -1) });
  const paused = await member("Pauze Persoon", "flex", { startDate: addMonths(today, -4) });
  await db.insert(membershipPauses).values({ membershipId: paused.m.id, startsOn: addDays(today, -2), endsOn: addDays(today, 10) });
  await member("Oud Lid", "flex", { startDate: addMonths(today, -10), endDate: addMonths(today, -1) });
  await member("Nieuwe Aanvrager", "fixed", { startDate: addDays(today, 5), status: "pending" });
  await member("Bijna Weg", "fixed", { startDate: addMonths(today, -8), endDate: addDays(today, 12) });
});

describe("monthly recurring revenue and active members", () => {
  it("counts memberships in force today, not paused, and only monthly kinds in MRR", async () => {
    const report = await membershipReport(werkplaats.id, "nl", today);
    // Sanne (flex), Daan (fixed), virtual, strip, ending fixed; not the paused, ended or pending ones.
    expect(report.activeMembers).toBe(5);
    expect(report.mrrCents).toBe(17500 + 27500 + 6500 + 27500);
    const byKind = Object.fromEntries(report.perPlan.map((p) => [p.kind, [p.members, p.mrrCents]]));
    expect(byKind).toEqual({ fixed: [2, 55000], flex: [1, 17500], virtual: [1, 6500], strippenkaart: [1, 0] });
  });

  it("has a trend per month start, ending with this month", async () => {
    const trend = await mrrTrend(werkplaats.id, 12, today);
    expect(trend).toHaveLength(12);
    expect(trend[11]!.month).toBe(monthOf(today).start);
  });

  it("counts, on each first of the month, the memberships in force and not paused that day", async () => {
    // A werkplaats of its own with fixed dates, so every month's figure is known in advance.
    const own = await makeWerkplaats({ name: "Trend Test" });
    const plan = async (kind: Parameters<typeof makePlan>[1], priceCents: number) =>
      (await makePlan(own.id, kind, { priceCents, ...(kind === "strippenkaart" ? { stripDays: 10, stripValidityMonths: 3 } : {}) })).id;
    const flex = await plan("flex", 17500);
    const fixed = await plan("fixed", 27500);
    const virtual = await plan("virtual", 6500);
    const strip = await plan("strippenkaart", 19000);
    const join = async (planId: string, options: Parameters<typeof makeMembership>[3]) =>
      makeMembership(own.id, (await makeUser()).id, planId, options);
    await join(flex, { startDate: "2026-03-01" });
    await join(fixed, { startDate: "2026-04-15", endDate: "2026-05-31" });
    const paused = await join(virtual, { startDate: "2026-02-01" });
    await db.insert(membershipPauses).values({ membershipId: paused.id, startsOn: "2026-04-01", endsOn: "2026-04-30" });
    await join(strip, { startDate: "2026-05-20", endDate: "2026-08-19" });
    await join(fixed, { startDate: "2026-05-01", status: "pending" });

    expect(await mrrTrend(own.id, 4, "2026-06-15")).toEqual([
      { month: "2026-03-01", mrrCents: 17500 + 6500, members: 2 },
      { month: "2026-04-01", mrrCents: 17500, members: 1 },
      { month: "2026-05-01", mrrCents: 17500 + 27500 + 6500, members: 3 },
      // The strippenkaart counts as a member but is not monthly revenue.
      { month: "2026-06-01", mrrCents: 17500 + 6500, members: 3 },
    ]);
  });
});

describe("the member list", () => {
  it("searches, filters by plan, status and view, and counts pending and ending", async () => {
    expect((await listMemberships(werkplaats.id, { q: "studio noord" })).rows.map((r) => r.name)).toEqual(["Sanne Visser"]);
    expect((await listMemberships(werkplaats.id, { planId: plans.fixed.id })).rows.map((r) => r.name).sort()).toEqual([
      "Bijna Weg",
      "Daan Jansen",
      "Nieuwe Aanvrager",
    ]);
    expect((await listMemberships(werkplaats.id, { status: "paused" })).rows.map((r) => r.name)).toEqual(["Pauze Persoon"]);
    expect((await listMemberships(werkplaats.id, { status: "ended" })).rows.map((r) => r.name)).toEqual(["Oud Lid"]);
    expect((await listMemberships(werkplaats.id, { view: "pending" })).rows.map((r) => r.name)).toEqual(["Nieuwe Aanvrager"]);
    expect((await listMemberships(werkplaats.id, { view: "ending" })).rows.map((r) => r.name)).toEqual(["Bijna Weg"]);
    const counts = await membershipCounts(werkplaats.id);
    expect(counts).toMatchObject({ pending: 1, endingSoon: 1 });
    expect(counts.byStatus).toMatchObject({ paused: 1, ended: 1, pending: 1, ending: 1, active: 4 });
    const plansNow = await listPlans(werkplaats.id);
    expect(Object.fromEntries(plansNow.map((p) => [p.kind, p.members]))).toMatchObject({ fixed: 2, strippenkaart: 1, virtual: 1 });
  });

  it("exports members and memberships as CSV for a spreadsheet", async () => {
    const csv = await membershipsCsv(werkplaats.id, {}, "nl", "Europe/Amsterdam");
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toMatch(/^Lidmaatschap-id;Naam;.*;Aangevraagd op \(Europe\/Amsterdam\)$/);
    expect(lines.slice(1).every((l) => /;\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(l))).toBe(true);
    expect(lines[0]).toContain("Naam;E-mailadres;Bedrijf;KvK-nummer;Abonnement");
    expect(lines).toHaveLength(9);
    expect(lines.find((l) => l.includes("Sanne Visser"))).toContain(";Studio Noord;");
    expect(lines.find((l) => l.includes("Daan Jansen"))).toContain(";275,00;21;332,75;Actief;");
    const people = (await membersCsv(werkplaats.id, { status: "ended" }, "en")).trim().split("\r\n");
    expect(people[0]).toContain("Name;Email address");
    expect(people.slice(1).map((l) => l.split(";")[0])).toEqual(["Oud Lid"]);
  });
});

describe("included meeting-room time (for the room bookings)", () => {
  it("is the plan's monthly minutes for a membership in force that month, else 0", async () => {
    const [sanne] = await db.select().from(memberships).where(eq(memberships.id, ids["Sanne Visser"]!));
    const thisMonth = zonedToUtc(monthOf(today).start, "12:00");
    expect(await includedRoomMinutes(werkplaats.id, sanne!.userId, thisMonth)).toBe(240);
    expect(await includedRoomMinutes(werkplaats.id, sanne!.userId, zonedToUtc(addMonths(today, -6), "12:00"))).toBe(0);
    expect(await includedRoomMinutes(werkplaats.id, (await makeUser()).id, thisMonth)).toBe(0);
    const [pending] = await db.select().from(memberships).where(eq(memberships.id, ids["Nieuwe Aanvrager"]!));
    expect(await includedRoomMinutes(werkplaats.id, pending!.userId, zonedToUtc(addMonths(today, 1), "12:00"))).toBe(0);
  });

  it("takes the most generous plan in a month with a plan change, and 0 for a month paused from start to end", async () => {
    const user = await makeUser();
    const start = addMonths(monthOf(today).start, -3);
    const m = await makeMembership(werkplaats.id, user.id, plans.flex.id, { startDate: start });
    const change = addDays(addMonths(start, 1), 14);
    await db
      .update(membershipPeriods)
      .set({ endsOn: addDays(change, -1) })
      .where(eq(membershipPeriods.membershipId, m.id));
    await db.insert(membershipPeriods).values({ membershipId: m.id, planId: plans.fixed.id, startsOn: change });
    expect(await includedRoomMinutes(werkplaats.id, user.id, zonedToUtc(start, "12:00"))).toBe(240);
    expect(await includedRoomMinutes(werkplaats.id, user.id, zonedToUtc(change, "12:00"))).toBe(480);
    const pausedMonth = addMonths(start, 2);
    await db.insert(membershipPauses).values({ membershipId: m.id, startsOn: pausedMonth, endsOn: addDays(addMonths(pausedMonth, 1), -1) });
    expect(await includedRoomMinutes(werkplaats.id, user.id, zonedToUtc(addDays(pausedMonth, 10), "12:00"))).toBe(0);
  });
});
