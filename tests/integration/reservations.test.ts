import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { flexReservations, membershipPauses } from "#db/schema";
import { makeUser, makeWerkplaats } from "#db/factories";
import { makeArea, makeMembership, makePlan } from "#db/membership-factories";
import { cancelReservation, flexEntitlement, reserveFlexSpot } from "~/modules/presence/flex-reservations.server";
import { issueDayPass } from "~/modules/presence/day-passes.server";
import { addDays, isoWeekOf } from "~/utils/calendar";
import { todayIn, zonedToUtc } from "~/utils/zoned-time";
import { db } from "~/utils/db.server";

let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let flex: Awaited<ReturnType<typeof makePlan>>;
const today = todayIn();
/** A Monday two weeks ahead, so every day of its week is bookable. */
const monday = isoWeekOf(addDays(today, 14)).start;

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Test" });
  flex = await makePlan(werkplaats.id, "flex");
});

async function flexMember(planId = flex.id, startDate = addDays(today, -30)) {
  const user = await makeUser();
  const membership = await makeMembership(werkplaats.id, user.id, planId, { startDate });
  return { user, membership };
}

async function reservedIn(areaId: string, day: string) {
  const rows = await db
    .select()
    .from(flexReservations)
    .where(and(eq(flexReservations.areaId, areaId), eq(flexReservations.day, day), eq(flexReservations.status, "reserved")));
  return rows.length;
}

describe("capacity under concurrency", () => {
  it("gives exactly the last 5 spots to 50 members asking at the same moment", async () => {
    const area = await makeArea(werkplaats.id, { name: "Flexzone race", flexCapacity: 12 });
    const day = addDays(monday, 1);
    for (let i = 0; i < 7; i++) await reserveFlexSpot(werkplaats.id, (await flexMember()).user.id, { day, areaId: area.id });
    const members = [];
    for (let i = 0; i < 50; i++) members.push(await flexMember());
    const results = await Promise.allSettled(members.map((m) => reserveFlexSpot(werkplaats.id, m.user.id, { day, areaId: area.id })));
    const ok = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(5);
    expect(refused).toHaveLength(45);
    for (const r of refused) expect(r.reason).toMatchObject({ status: 409, key: "reservation.errors.full", field: "areaId" });
    expect(await reservedIn(area.id, day)).toBe(12);
  });

  it("counts day passes against the same capacity", async () => {
    const area = await makeArea(werkplaats.id, { name: "Klein", flexCapacity: 2 });
    const day = addDays(monday, 2);
    await makePlan(werkplaats.id, "day_pass");
    await issueDayPass(werkplaats, { userId: null, name: "Gast Een", email: "gast1@example.nl", locale: "nl" }, { day, areaId: area.id });
    await reserveFlexSpot(werkplaats.id, (await flexMember()).user.id, { day, areaId: area.id });
    await expect(reserveFlexSpot(werkplaats.id, (await flexMember()).user.id, { day, areaId: area.id })).rejects.toMatchObject({
      status: 409,
      key: "reservation.errors.full",
    });
    await expect(
      issueDayPass(werkplaats, { userId: null, name: "Gast Twee", email: "gast2@example.nl", locale: "nl" }, { day, areaId: area.id }),
    ).rejects.toMatchObject({
      status: 409,
      key: "reservation.errors.full",
    });
    expect(await reservedIn(area.id, day)).toBe(2);
  });
});

describe("the plan's rules", () => {
  it("enforces access days per week, also when one member books four days at once", async () => {
    const area = await makeArea(werkplaats.id, { name: "Twee dagen", flexCapacity: 10 });
    const twoDays = await makePlan(werkplaats.id, "flex", { nameNl: "Flexplek 2 dagen", accessDaysPerWeek: 2 });
    const { user, membership } = await flexMember(twoDays.id);
    const days = [0, 1, 2, 3].map((n) => addDays(monday, n));
    const results = await Promise.allSettled(days.map((day) => reserveFlexSpot(werkplaats.id, user.id, { day, areaId: area.id })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === "rejected")) {
      expect(r.reason).toMatchObject({ status: 409, key: "reservation.errors.weekLimit", vars: { days: 2 } });
    }
    // The next week is a new week.
    await reserveFlexSpot(werkplaats.id, user.id, { day: addDays(monday, 7), areaId: area.id });
    const mine = await db.select().from(flexReservations).where(eq(flexReservations.membershipId, membership.id));
    expect(mine).toHaveLength(3);
  });

  it("enforces the strippenkaart's days and gives a day back on cancellation", async () => {
    const area = await makeArea(werkplaats.id, { name: "Strippen", flexCapacity: 10 });
    const card = await makePlan(werkplaats.id, "strippenkaart", { stripDays: 2, stripValidityMonths: 3 });
    const user = await makeUser();
    await makeMembership(werkplaats.id, user.id, card.id, { startDate: today, endDate: addDays(today, 80) });
    const first = await reserveFlexSpot(werkplaats.id, user.id, { day: monday, areaId: area.id });
    await reserveFlexSpot(werkplaats.id, user.id, { day: addDays(monday, 1), areaId: area.id });
    await expect(reserveFlexSpot(werkplaats.id, user.id, { day: addDays(monday, 2), areaId: area.id })).rejects.toMatchObject({
      status: 409,
      key: "reservation.errors.noStripsLeft",
    });
    expect((await flexEntitlement(werkplaats.id, user.id, "nl"))?.stripsLeft).toBe(0);
    await cancelReservation(werkplaats.id, user.id, first.id);
    expect((await flexEntitlement(werkplaats.id, user.id, "nl"))?.stripsLeft).toBe(1);
    await reserveFlexSpot(werkplaats.id, user.id, { day: addDays(monday, 2), areaId: area.id });
  });

  it("refuses without a flex plan (403), on a paused day (403), in the past (400) and twice a day (409)", async () => {
    const area = await makeArea(werkplaats.id, { name: "Regels", flexCapacity: 10 });
    const fixed = await makePlan(werkplaats.id, "fixed");
    const desker = await makeUser();
    await makeMembership(werkplaats.id, desker.id, fixed.id, { startDate: today });
    await expect(reserveFlexSpot(werkplaats.id, desker.id, { day: monday, areaId: area.id })).rejects.toMatchObject({
      status: 403,
      key: "reservation.errors.noFlexPlan",
    });
    const { user, membership } = await flexMember();
    await db.insert(membershipPauses).values({ membershipId: membership.id, startsOn: monday, endsOn: addDays(monday, 2) });
    await expect(reserveFlexSpot(werkplaats.id, user.id, { day: addDays(monday, 1), areaId: area.id })).rejects.toMatchObject({
      status: 403,
    });
    await expect(reserveFlexSpot(werkplaats.id, user.id, { day: addDays(today, -1), areaId: area.id })).rejects.toMatchObject({
      status: 400,
      key: "reservation.errors.past",
      field: "day",
    });
    await reserveFlexSpot(werkplaats.id, user.id, { day: addDays(monday, 3), areaId: area.id });
    await expect(reserveFlexSpot(werkplaats.id, user.id, { day: addDays(monday, 3) })).rejects.toMatchObject({
      status: 409,
      key: "reservation.errors.alreadyReserved",
    });
    expect(await db.select().from(flexReservations).where(eq(flexReservations.membershipId, membership.id))).toHaveLength(1);
  });

  it("lets a member cancel until 09:00 on the day and not after, and never someone else's", async () => {
    const area = await makeArea(werkplaats.id, { name: "Annuleren", flexCapacity: 10 });
    const { user } = await flexMember();
    const other = await flexMember();
    const r = await reserveFlexSpot(werkplaats.id, user.id, { day: monday, areaId: area.id });
    await expect(cancelReservation(werkplaats.id, other.user.id, r.id)).rejects.toMatchObject({ status: 404 });
    await expect(cancelReservation(werkplaats.id, user.id, r.id, zonedToUtc(monday, "09:00"))).rejects.toMatchObject({
      status: 409,
      key: "reservation.errors.tooLate",
    });
    expect(await reservedIn(area.id, monday)).toBe(1);
    await cancelReservation(werkplaats.id, user.id, r.id, zonedToUtc(monday, "08:59"));
    expect(await reservedIn(area.id, monday)).toBe(0);
  });

  it("picks an area with space when none is chosen", async () => {
    const wp = await makeWerkplaats();
    const plan = await makePlan(wp.id, "flex");
    const full = await makeArea(wp.id, { name: "Vol", flexCapacity: 1, sortOrder: 1 });
    const roomy = await makeArea(wp.id, { name: "Ruim", flexCapacity: 5, sortOrder: 2 });
    const a = await makeUser();
    const b = await makeUser();
    await makeMembership(wp.id, a.id, plan.id, { startDate: today });
    await makeMembership(wp.id, b.id, plan.id, { startDate: today });
    expect((await reserveFlexSpot(wp.id, a.id, { day: monday })).areaId).toBe(full.id);
    expect((await reserveFlexSpot(wp.id, b.id, { day: monday })).areaId).toBe(roomy.id);
  });
});
