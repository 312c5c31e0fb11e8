import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { checkIns, dayPasses, flexReservations } from "#db/schema";
import { makePerson, makeUser, makeWerkplaats } from "#db/factories";
import { makeArea, makeMembership, makePlan } from "#db/membership-factories";
import { flexAvailability } from "~/modules/desks/capacity.server";
import { reserveFlexSpot } from "~/modules/presence/flex-reservations.server";
import { checkInByCode, checkInPerson } from "~/modules/presence/checkins.server";
import { cancelDayPass, issueDayPass, myDayPasses } from "~/modules/presence/day-passes.server";
import { myCheckIn, receptionSearch } from "~/modules/presence/reception.server";
import { addDays } from "~/utils/calendar";
import { todayIn, zonedToUtc } from "~/utils/zoned-time";
import { db } from "~/utils/db.server";

/**
 * Unpaid day passes (there is no online payment yet) must not block capacity: at most one per
 * guest per day and three in total, no self check-in, and the spot is released at 10:00 on the day
 * when nobody checked in at the reception. On the PostgreSQL server the races run in parallel.
 */
let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let staff: Awaited<ReturnType<typeof makePerson>>;
let flex: Awaited<ReturnType<typeof makePlan>>;
const today = todayIn();
const server = process.env.DATABASE_URL ? "the PostgreSQL server" : "PGlite";

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Onbetaald" });
  staff = await makePerson(werkplaats.id, ["staff"]);
  flex = await makePlan(werkplaats.id, "flex");
  await makePlan(werkplaats.id, "day_pass");
  await makeArea(werkplaats.id, { name: "Grote zaal", flexCapacity: 50 });
});

const buyerOf = (u: { id: string; name: string; email: string }) => ({ userId: u.id, name: u.name, email: u.email, locale: "nl" as const });
const fulfilled = (results: PromiseSettledResult<unknown>[]) => results.filter((r) => r.status === "fulfilled").length;
const reasons = (results: PromiseSettledResult<unknown>[]) => [
  ...new Set(results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason?.key)),
];

async function memberWithFlex() {
  const m = await makeUser();
  await makeMembership(werkplaats.id, m.id, flex.id, { startDate: addDays(today, -30) });
  return m;
}

describe(`limits on unpaid day passes on ${server}`, () => {
  it("a guest holds at most three unpaid passes from today on; a fourth is refused (409); a cancelled one does not count", async () => {
    const guest = await makeUser();
    for (const n of [1, 2, 3]) await issueDayPass(werkplaats, buyerOf(guest), { day: addDays(today, n) });
    await expect(issueDayPass(werkplaats, buyerOf(guest), { day: addDays(today, 4) })).rejects.toMatchObject({
      status: 409,
      key: "daypass.errors.unpaidLimit",
      vars: { max: 3 },
    });
    // A walk-in pass at the reception for the same address counts too.
    await expect(
      issueDayPass(werkplaats, { ...buyerOf(guest), userId: null }, { day: addDays(today, 5) }, { issuedBy: staff.id }),
    ).rejects.toMatchObject({ key: "daypass.errors.unpaidLimit" });
    expect(await db.select().from(dayPasses).where(eq(dayPasses.guestEmail, guest.email))).toHaveLength(3);
    // Cancelling one frees a place in the limit.
    const [first] = await db
      .select()
      .from(dayPasses)
      .where(and(eq(dayPasses.guestEmail, guest.email), eq(dayPasses.day, addDays(today, 1))));
    await cancelDayPass(werkplaats.id, guest.id, first!.id);
    expect((await issueDayPass(werkplaats, buyerOf(guest), { day: addDays(today, 4) })).day).toBe(addDays(today, 4));
  });

  it("twelve passes asked for at once on different days: exactly three are issued", async () => {
    const guest = await makeUser();
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) => issueDayPass(werkplaats, buyerOf(guest), { day: addDays(today, i + 1) })),
    );
    expect(fulfilled(results)).toBe(3);
    expect(reasons(results)).toEqual(["daypass.errors.unpaidLimit"]);
    expect(await db.select().from(dayPasses).where(eq(dayPasses.guestEmail, guest.email))).toHaveLength(3);
  });

  it("one unpaid pass per day per guest, also for walk-ins without an account and when asked at once", async () => {
    const day = addDays(today, 2);
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () =>
        issueDayPass(
          werkplaats,
          { userId: null, name: "Loes Walk-in", email: "Loes@Example.nl", locale: "nl" },
          { day },
          { issuedBy: staff.id },
        ),
      ),
    );
    expect(fulfilled(results)).toBe(1);
    expect(reasons(results)).toEqual(["daypass.errors.alreadyHasSpot"]);
    expect(await db.select().from(dayPasses).where(eq(dayPasses.guestEmail, "loes@example.nl"))).toHaveLength(1);
  });
});

describe(`check-in with an unpaid pass on ${server}`, () => {
  it("the holder cannot check in by themselves (403); the reception can, and sees it is unpaid", async () => {
    const guest = await makeUser({ name: "Ilse Unpaid" });
    const pass = await issueDayPass(werkplaats, buyerOf(guest), { day: today });
    await expect(checkInPerson(werkplaats.id, guest.id, "self", guest.id)).rejects.toMatchObject({
      status: 403,
      key: "checkin.errors.unpaidPass",
    });
    expect(await db.select().from(checkIns).where(eq(checkIns.dayPassId, pass.id))).toHaveLength(0);
    // The check-in page tells the holder to go to the reception instead of offering the button.
    expect((await myCheckIn(werkplaats.id, guest.id)).reservation).toMatchObject({ viaDayPass: true, unpaidPass: true });
    expect((await receptionSearch(werkplaats.id, pass.code, "nl")).map((h) => [h.name, h.unpaid])).toEqual([["Ilse Unpaid", true]]);
    expect(await checkInByCode(werkplaats.id, pass.code, staff.id)).toBe("Ilse Unpaid");
  });

  it("a paid pass still checks in by itself", async () => {
    const guest = await makeUser();
    const pass = await issueDayPass(werkplaats, buyerOf(guest), { day: today });
    await db.update(dayPasses).set({ paidAt: new Date() }).where(eq(dayPasses.id, pass.id));
    expect((await checkInPerson(werkplaats.id, guest.id, "self", guest.id)).dayPassId).toBe(pass.id);
  });
});

describe(`unpaid passes release their spot at 10:00 on ${server}`, () => {
  const day = addDays(today, 3);

  it("holds the spot until 10:00; then a member gets it and the late guest is refused at the reception", async () => {
    const area = await makeArea(werkplaats.id, { name: "Eenpersoonshok", flexCapacity: 1 });
    const guest = await makeUser();
    const pass = await issueDayPass(werkplaats, buyerOf(guest), { day, areaId: area.id });
    const member = await memberWithFlex();
    await expect(reserveFlexSpot(werkplaats.id, member.id, { day, areaId: area.id }, zonedToUtc(day, "09:59"))).rejects.toMatchObject({
      status: 409,
      key: "reservation.errors.full",
    });
    const free = async (now: Date) => (await flexAvailability(werkplaats.id, [day], now)).taken.get(`${area.id}:${day}`) ?? 0;
    expect(await free(zonedToUtc(day, "09:59"))).toBe(1);
    expect(await free(zonedToUtc(day, "10:00"))).toBe(0);
    expect((await myDayPasses(werkplaats.id, guest.id, zonedToUtc(day, "10:00")))[0]).toMatchObject({ id: pass.id, lapsed: true });
    await reserveFlexSpot(werkplaats.id, member.id, { day, areaId: area.id }, zonedToUtc(day, "10:00"));
    await expect(checkInByCode(werkplaats.id, pass.code, staff.id, zonedToUtc(day, "10:05"))).rejects.toMatchObject({
      status: 409,
      key: "checkin.errors.spotReleased",
    });
    const held = await db
      .select()
      .from(flexReservations)
      .where(and(eq(flexReservations.areaId, area.id), eq(flexReservations.day, day), eq(flexReservations.status, "reserved")));
    expect(held).toHaveLength(2); // the member's, and the lapsed pass's that no longer counts
    expect(await db.select().from(checkIns).where(eq(checkIns.dayPassId, pass.id))).toHaveLength(0);
  });

  it("a late guest still gets in at the reception when the spot is free; a checked-in or paid pass keeps its spot after 10:00", async () => {
    const area = await makeArea(werkplaats.id, { name: "Tweepersoonshok", flexCapacity: 2 });
    const late = await makeUser({ name: "Laat Komer" });
    const latePass = await issueDayPass(werkplaats, buyerOf(late), { day, areaId: area.id });
    expect(await checkInByCode(werkplaats.id, latePass.code, staff.id, zonedToUtc(day, "11:00"))).toBe("Laat Komer");
    const paid = await makeUser();
    const paidPass = await issueDayPass(werkplaats, buyerOf(paid), { day, areaId: area.id });
    await db.update(dayPasses).set({ paidAt: new Date() }).where(eq(dayPasses.id, paidPass.id));
    const member = await memberWithFlex();
    await expect(reserveFlexSpot(werkplaats.id, member.id, { day, areaId: area.id }, zonedToUtc(day, "12:00"))).rejects.toMatchObject({
      status: 409,
      key: "reservation.errors.full",
    });
  });

  it("a guest whose unpaid pass holds the last spot checks in at the reception before 10:00: their own reservation is not counted against them", async () => {
    const area = await makeArea(werkplaats.id, { name: "Eenmanshok", flexCapacity: 1 });
    const guest = await makeUser({ name: "Vroege Gast" });
    const pass = await issueDayPass(werkplaats, buyerOf(guest), { day, areaId: area.id });
    expect(await checkInByCode(werkplaats.id, pass.code, staff.id, zonedToUtc(day, "09:30"))).toBe("Vroege Gast");
  });

  it("a check-in stamped 09:59 that lands after a 10:00 reservation took the released spot is refused", async () => {
    // The reception's request left at 09:59 but was served after the member's one of 10:00.
    const area = await makeArea(werkplaats.id, { name: "Grenshok", flexCapacity: 1 });
    const guest = await makeUser();
    const pass = await issueDayPass(werkplaats, buyerOf(guest), { day, areaId: area.id });
    const member = await memberWithFlex();
    await reserveFlexSpot(werkplaats.id, member.id, { day, areaId: area.id }, zonedToUtc(day, "10:00"));
    await expect(checkInByCode(werkplaats.id, pass.code, staff.id, zonedToUtc(day, "09:59"))).rejects.toMatchObject({
      status: 409,
      key: "checkin.errors.spotReleased",
    });
  });

  it("at the cut-off, a check-in at 09:59 and a reservation at 10:00 at the same moment: exactly one gets the last spot", async () => {
    for (let round = 0; round < 6; round++) {
      const area = await makeArea(werkplaats.id, { name: `Gelijktijdig ${round}`, flexCapacity: 1 });
      const guest = await makeUser();
      const pass = await issueDayPass(werkplaats, buyerOf(guest), { day, areaId: area.id });
      const member = await memberWithFlex();
      const runs = [
        checkInByCode(werkplaats.id, pass.code, staff.id, zonedToUtc(day, "09:59")),
        reserveFlexSpot(werkplaats.id, member.id, { day, areaId: area.id }, zonedToUtc(day, "10:00")),
      ];
      const results = await Promise.allSettled(round % 2 ? runs : runs.reverse());
      expect(fulfilled(results)).toBe(1);
      const checkedIn = await db.select().from(checkIns).where(eq(checkIns.dayPassId, pass.id));
      const memberSpots = await db
        .select()
        .from(flexReservations)
        .where(and(eq(flexReservations.userId, member.id), eq(flexReservations.status, "reserved")));
      // Certain spots (member reservations, checked-in passes) never exceed the capacity of 1.
      expect(checkedIn.length + memberSpots.length).toBe(1);
    }
  });
});
