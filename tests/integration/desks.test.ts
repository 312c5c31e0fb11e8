import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { closedDays, deskAssignments } from "#db/schema";
import { makePerson, makeUser, makeWerkplaats } from "#db/factories";
import { makeArea, makeDesk, makeMembership, makePlan } from "#db/membership-factories";
import { archiveDesk, createArea, createDesk, updateArea } from "~/modules/desks/areas.server";
import { deskChoices } from "~/modules/desks/assignments.server";
import { reserveFlexSpot } from "~/modules/presence/flex-reservations.server";
import { floorPlan, occupancy } from "~/modules/desks/occupancy.server";
import { occupancyPage } from "~/modules/reporting/index.server";
import { assignDeskToMembership } from "~/modules/memberships/desk-actions.server";
import { addDays } from "~/utils/calendar";
import { todayIn } from "~/utils/zoned-time";
import { db, pgErrorOf, PG } from "~/utils/db.server";

let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let manager: Awaited<ReturnType<typeof makeUser>>;
let fixed: Awaited<ReturnType<typeof makePlan>>;
let area: Awaited<ReturnType<typeof makeArea>>;
const today = todayIn();

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Test" });
  manager = await makePerson(werkplaats.id, ["manager"]);
  fixed = await makePlan(werkplaats.id, "fixed");
  area = await makeArea(werkplaats.id, { name: "Eerste verdieping", flexCapacity: 4 });
});

describe("a desk is never assigned twice at the same time", () => {
  it("gives one desk to exactly 1 of 20 simultaneous assignments", async () => {
    const desk = await makeDesk(werkplaats.id, area.id, "1.01");
    const members = [];
    for (let i = 0; i < 20; i++) members.push(await makeMembership(werkplaats.id, (await makeUser()).id, fixed.id, { startDate: today }));
    const results = await Promise.allSettled(
      members.map((m) =>
        assignDeskToMembership(werkplaats.id, manager.id, m.id, { deskId: desk.id, from: addDays(today, 1), to: addDays(today, 90) }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused).toHaveLength(19);
    for (const r of refused) {
      expect(r.reason.status).toBe(409);
      expect(["desk.errors.takenUntil", "desk.errors.takenNow"]).toContain(r.reason.key);
    }
    expect(await db.select().from(deskAssignments).where(eq(deskAssignments.deskId, desk.id))).toHaveLength(1);
  });

  it("is refused by PostgreSQL itself (exclusion constraint, 23P01), whatever the application checks", async () => {
    const desk = await makeDesk(werkplaats.id, area.id, "1.02");
    const a = await makeMembership(werkplaats.id, (await makeUser()).id, fixed.id, { startDate: today });
    const b = await makeMembership(werkplaats.id, (await makeUser()).id, fixed.id, { startDate: today });
    await db
      .insert(deskAssignments)
      .values({ werkplaatsId: werkplaats.id, deskId: desk.id, membershipId: a.id, startsOn: today, endsOn: addDays(today, 10) });
    const error = await db
      .insert(deskAssignments)
      .values({ werkplaatsId: werkplaats.id, deskId: desk.id, membershipId: b.id, startsOn: addDays(today, 10), endsOn: null })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(pgErrorOf(error)).toMatchObject({ code: PG.exclusionViolation, constraint: "desk_assignments_no_overlap" });
    // Adjacent ranges are fine: the day after the first one ends.
    await db
      .insert(deskAssignments)
      .values({ werkplaatsId: werkplaats.id, deskId: desk.id, membershipId: b.id, startsOn: addDays(today, 11), endsOn: null });
  });
});

describe("floor view and occupancy", () => {
  it("shows each desk free or taken on a date, and flex spots reserved per area", async () => {
    const wp = await makeWerkplaats();
    const plan = await makePlan(wp.id, "fixed");
    const flexPlan = await makePlan(wp.id, "flex");
    const zone = await makeArea(wp.id, { name: "Zone", flexCapacity: 3 });
    const taken = await makeDesk(wp.id, zone.id, "A");
    await makeDesk(wp.id, zone.id, "B");
    const holder = await makeUser({ name: "Hanna Vos" });
    const m = await makeMembership(wp.id, holder.id, plan.id, { startDate: today });
    await db
      .insert(deskAssignments)
      .values({ werkplaatsId: wp.id, deskId: taken.id, membershipId: m.id, startsOn: today, endsOn: addDays(today, 5) });
    const flexer = await makeUser({ name: "Bram Kok" });
    await makeMembership(wp.id, flexer.id, flexPlan.id, { startDate: today });
    await reserveFlexSpot(wp.id, flexer.id, { day: today, areaId: zone.id });

    const [floor] = await floorPlan(wp.id, today);
    expect(floor!.desks.map((d) => [d.label, d.holder])).toEqual([
      ["A", "Hanna Vos"],
      ["B", null],
    ]);
    expect(floor!.flex.map((f) => f.name)).toEqual(["Bram Kok"]);
    const [later] = await floorPlan(wp.id, addDays(today, 6));
    expect(later!.desks.every((d) => d.holder === null)).toBe(true);

    // The approve form's choices: desk A is taken until day 5, so free only for a term after it.
    const open = await deskChoices(wp.id, today, null, "desk");
    expect(open.map((d) => [d.label, d.free, d.heldBy?.name ?? null])).toEqual([
      ["A", false, "Hanna Vos"],
      ["B", true, null],
    ]);
    expect(open[0]!.heldBy).toEqual({ name: "Hanna Vos", from: today, until: addDays(today, 5) });
    const afterwards = await deskChoices(wp.id, addDays(today, 6), addDays(today, 30), "desk");
    expect(afterwards.map((d) => d.free)).toEqual([true, true]);
    // Starting later but overlapping at the start of the term is still taken.
    expect((await deskChoices(wp.id, addDays(today, -10), addDays(today, 1), "desk")).map((d) => d.free)).toEqual([false, true]);

    const rows = await occupancy(wp.id, today, addDays(today, 6));
    expect(rows[0]).toMatchObject({ day: today, flexReserved: 1, flexCapacity: 3, fixedAssigned: 1, fixedTotal: 2, checkIns: 0 });
    expect(rows[6]).toMatchObject({ flexReserved: 0, fixedAssigned: 0 });

    // A closed day is marked, so the period's averages can leave it out.
    await db.insert(closedDays).values({ werkplaatsId: wp.id, day: addDays(today, 6), reason: "Sluitingsdag" });
    const withClosed = await occupancy(wp.id, addDays(today, 5), addDays(today, 6));
    expect(withClosed.map((r) => r.open)).toEqual([expect.any(Boolean), false]);

    // The manager's page: 1 of 3 flex spots and 1 of 2 desks, for the day and for its one area.
    const page = await occupancyPage(wp.id, "day", today);
    expect(page.totals).toMatchObject({ flexPercent: 33, fixedPercent: 50, checkIns: 0 });
    expect(page.areas).toEqual([expect.objectContaining({ name: "Zone", reservedPercent: 33, assignedPercent: 50 })]);
  });
});

describe("managing areas and desks", () => {
  it("refuses lowering capacity below a day's reservations, and a duplicate name", async () => {
    const wp = await makeWerkplaats();
    const plan = await makePlan(wp.id, "flex");
    const zone = await createArea(wp.id, { name: "Flexzone", flexCapacity: 3 });
    for (let i = 0; i < 2; i++) {
      const u = await makeUser();
      await makeMembership(wp.id, u.id, plan.id, { startDate: today });
      await reserveFlexSpot(wp.id, u.id, { day: addDays(today, 3), areaId: zone.id });
    }
    await expect(updateArea(wp.id, zone.id, { name: "Flexzone", flexCapacity: 1 })).rejects.toMatchObject({
      status: 409,
      key: "area.errors.capacityBelowReserved",
      vars: { count: 2 },
    });
    expect((await updateArea(wp.id, zone.id, { name: "Flexzone", flexCapacity: 2 })).flexCapacity).toBe(2);
    await expect(createArea(wp.id, { name: "Flexzone", flexCapacity: 1 })).rejects.toMatchObject({
      status: 409,
      key: "area.errors.nameTaken",
    });
  });

  it("does not take a desk out of use while it is assigned", async () => {
    const desk = await makeDesk(werkplaats.id, area.id, "1.09");
    const m = await makeMembership(werkplaats.id, (await makeUser()).id, fixed.id, { startDate: today });
    await assignDeskToMembership(werkplaats.id, manager.id, m.id, { deskId: desk.id, from: today });
    await expect(archiveDesk(werkplaats.id, desk.id)).rejects.toMatchObject({ status: 409, key: "desk.errors.inUse" });
  });

  it("offers a fixed-desk plan desks and an office plan offices, and refuses the other kind", async () => {
    const wp = await makeWerkplaats({ name: "DOC Soorten" });
    const boss = await makePerson(wp.id, ["manager"]);
    const zone = await makeArea(wp.id, { name: "Tweede verdieping" });
    const desk = await createDesk(wp.id, { areaId: zone.id, label: "2.05" });
    const office = await createDesk(wp.id, { areaId: zone.id, label: "2.01", kind: "office" });
    expect([desk.kind, office.kind]).toEqual(["desk", "office"]);
    expect((await deskChoices(wp.id, today, null, "desk")).map((d) => d.label)).toEqual(["2.05"]);
    expect((await deskChoices(wp.id, today, null, "office")).map((d) => d.label)).toEqual(["2.01"]);

    const fixedPlan = await makePlan(wp.id, "fixed");
    const officePlan = await makePlan(wp.id, "office");
    const atDesk = await makeMembership(wp.id, (await makeUser()).id, fixedPlan.id, { startDate: today });
    const inOffice = await makeMembership(wp.id, (await makeUser()).id, officePlan.id, { startDate: today });
    await expect(assignDeskToMembership(wp.id, boss.id, atDesk.id, { deskId: office.id, from: today })).rejects.toMatchObject({
      status: 400,
      key: "desk.errors.notA.desk",
      field: "deskId",
    });
    await expect(assignDeskToMembership(wp.id, boss.id, inOffice.id, { deskId: desk.id, from: today })).rejects.toMatchObject({
      status: 400,
      key: "desk.errors.notA.office",
    });
    expect(await db.select().from(deskAssignments).where(eq(deskAssignments.werkplaatsId, wp.id))).toHaveLength(0);
    expect(await assignDeskToMembership(wp.id, boss.id, inOffice.id, { deskId: office.id, from: today })).toBe("2.01");
    // The database knows no third kind.
    await expect(createDesk(wp.id, { areaId: zone.id, label: "2.09", kind: "cupboard" as "desk" })).rejects.toThrow();
  });
});
