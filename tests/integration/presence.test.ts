import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { checkIns, dayPasses, outboxMessages } from "#db/schema";
import { makePerson, makeUser, makeWerkplaats } from "#db/factories";
import { makeArea, makeMembership, makePlan } from "#db/membership-factories";
import { reserveFlexSpot } from "~/modules/presence/flex-reservations.server";
import { checkInByCode, checkInPerson, checkOut } from "~/modules/presence/checkins.server";
import { cancelDayPass, issueDayPass, myDayPasses } from "~/modules/presence/day-passes.server";
import { myCheckIn, receptionSearch, todaysPresence } from "~/modules/presence/reception.server";
import { presenceOnStartPage } from "~/modules/presence/start-page.server";
import { receptionAction } from "~/modules/presence/reception-actions.server";
import { addDays } from "~/utils/calendar";
import { todayIn, zonedToUtc } from "~/utils/zoned-time";
import { db } from "~/utils/db.server";

let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let staff: Awaited<ReturnType<typeof makeUser>>;
let flex: Awaited<ReturnType<typeof makePlan>>;
let area: Awaited<ReturnType<typeof makeArea>>;
const today = todayIn();

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Test" });
  staff = await makePerson(werkplaats.id, ["staff"]);
  flex = await makePlan(werkplaats.id, "flex");
  await makePlan(werkplaats.id, "day_pass");
  area = await makeArea(werkplaats.id, { name: "Flexzone", flexCapacity: 10 });
});

describe("check-in", () => {
  it("checks in a flex member with a reservation, once", async () => {
    const user = await makeUser({ name: "Sanne Visser" });
    await makeMembership(werkplaats.id, user.id, flex.id, { startDate: addDays(today, -10) });
    const reservation = await reserveFlexSpot(werkplaats.id, user.id, { day: today, areaId: area.id });
    const row = await checkInPerson(werkplaats.id, user.id, "self", user.id);
    expect(row).toMatchObject({ day: today, reservationId: reservation.id, method: "self" });
    await expect(checkInPerson(werkplaats.id, user.id, "self", user.id)).rejects.toMatchObject({
      status: 409,
      key: "checkin.errors.already",
    });
    expect((await myCheckIn(werkplaats.id, user.id)).checkIn?.id).toBe(row.id);
    await checkOut(werkplaats.id, row.id, { ownerId: user.id });
    expect((await myCheckIn(werkplaats.id, user.id)).checkIn?.checkedOutAt).not.toBeNull();
  });

  it("reserves a spot on the way in for a flex member without one; a fixed desk just comes in", async () => {
    const walker = await makeUser();
    await makeMembership(werkplaats.id, walker.id, flex.id, { startDate: today });
    const row = await checkInPerson(werkplaats.id, walker.id, "reception", staff.id);
    expect(row.reservationId).not.toBeNull();
    expect(row.checkedInBy).toBe(staff.id);
    const desker = await makeUser();
    await makeMembership(werkplaats.id, desker.id, (await makePlan(werkplaats.id, "fixed")).id, { startDate: today });
    expect((await checkInPerson(werkplaats.id, desker.id, "self", desker.id)).reservationId).toBeNull();
  });

  it("gives the start page the next reservations in day order and today's check-in, in one read", async () => {
    const user = await makeUser();
    await makeMembership(werkplaats.id, user.id, flex.id, { startDate: addDays(today, -3) });
    const later = await reserveFlexSpot(werkplaats.id, user.id, { day: addDays(today, 14), areaId: area.id });
    const sooner = await reserveFlexSpot(werkplaats.id, user.id, { day: addDays(today, 7), areaId: area.id });
    expect(await presenceOnStartPage(werkplaats.id, user.id, today, 3)).toEqual({
      next: [
        { id: sooner.id, day: addDays(today, 7), area: "Flexzone" },
        { id: later.id, day: addDays(today, 14), area: "Flexzone" },
      ],
      checkIn: null,
    });
    const row = await checkInPerson(werkplaats.id, user.id, "self", user.id);
    const shown = await presenceOnStartPage(werkplaats.id, user.id, today, 2);
    expect(shown.next.map((r) => r.day)).toEqual([today, addDays(today, 7)]);
    expect(shown.checkIn).toMatchObject({ id: row.id, method: "self", checkedOutAt: null });
    expect(shown.checkIn?.checkedInAt).toBeInstanceOf(Date);
    // Someone else's werkplaats or person sees nothing of it.
    const other = await makeWerkplaats({ name: "Elders" });
    expect(await presenceOnStartPage(other.id, user.id, today, 3)).toEqual({ next: [], checkIn: null });
    expect(await presenceOnStartPage(werkplaats.id, staff.id, today, 3)).toEqual({ next: [], checkIn: null });
  });

  it("refuses a virtual office (403) and someone without anything today (403)", async () => {
    const virtual = await makeUser();
    await makeMembership(werkplaats.id, virtual.id, (await makePlan(werkplaats.id, "virtual")).id, { startDate: today });
    await expect(checkInPerson(werkplaats.id, virtual.id, "self", virtual.id)).rejects.toMatchObject({
      status: 403,
      key: "checkin.errors.virtualOffice",
    });
    const nobody = await makeUser();
    await expect(checkInPerson(werkplaats.id, nobody.id, "self", nobody.id)).rejects.toMatchObject({
      status: 403,
      key: "checkin.errors.nothingToday",
    });
    expect(await db.select().from(checkIns).where(eq(checkIns.userId, nobody.id))).toHaveLength(0);
  });
});

describe("day passes", () => {
  it("issues a pass with a code, mails it, records it unpaid, and checks the guest in by code", async () => {
    const guest = await makeUser({ name: "Karim Benali", email: "karim@example.nl" });
    const pass = await issueDayPass(werkplaats, { userId: guest.id, name: guest.name, email: guest.email, locale: "nl" }, { day: today });
    expect(pass.code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(pass.paidAt).toBeNull();
    expect(pass.priceCents).toBe(2500);
    const [mail] = await db.select().from(outboxMessages).where(eq(outboxMessages.toAddress, "karim@example.nl"));
    expect(mail!.bodyText).toContain(pass.code);
    expect(mail!.bodyText).toMatch(/€\s30,25/);
    expect((await receptionSearch(werkplaats.id, pass.code.toLowerCase(), "nl")).map((h) => [h.kind, h.name, h.unpaid])).toEqual([
      ["daypass", "Karim Benali", true],
    ]);
    expect(await checkInByCode(werkplaats.id, pass.code.toLowerCase(), staff.id)).toBe("Karim Benali");
    await expect(checkInByCode(werkplaats.id, pass.code, staff.id)).rejects.toMatchObject({ status: 409, key: "checkin.errors.already" });
    await expect(checkInByCode(werkplaats.id, "ZZZZZZ", staff.id)).rejects.toMatchObject({
      status: 400,
      key: "checkin.errors.unknownCode",
    });
    const presence = await todaysPresence(werkplaats.id);
    expect(presence.inside.find((p) => p.name === "Karim Benali")).toMatchObject({ viaDayPass: true, unpaid: true });
  });

  it("refuses a pass for another day at the desk (409), and cancels until 09:00 on the day", async () => {
    const guest = await makeUser();
    const day = addDays(today, 3);
    const pass = await issueDayPass(
      werkplaats,
      { userId: guest.id, name: guest.name, email: guest.email, locale: "nl" },
      { day, areaId: area.id },
    );
    await expect(checkInByCode(werkplaats.id, pass.code, staff.id)).rejects.toMatchObject({ status: 409, key: "checkin.errors.otherDay" });
    await expect(cancelDayPass(werkplaats.id, guest.id, pass.id, zonedToUtc(day, "09:01"))).rejects.toMatchObject({
      status: 409,
      key: "reservation.errors.tooLate",
    });
    await cancelDayPass(werkplaats.id, guest.id, pass.id, zonedToUtc(day, "08:00"));
    expect((await myDayPasses(werkplaats.id, guest.id))[0]!.status).toBe("cancelled");
    expect((await db.select().from(dayPasses).where(eq(dayPasses.id, pass.id)))[0]!.status).toBe("cancelled");
  });

  it("finds members by name at the reception and lists who is expected", async () => {
    const person = await makeUser({ name: "Yara Hoekstra" });
    await makeMembership(werkplaats.id, person.id, flex.id, { startDate: today });
    await reserveFlexSpot(werkplaats.id, person.id, { day: today, areaId: area.id });
    const hits = await receptionSearch(werkplaats.id, "hoekstra", "nl");
    expect(hits).toEqual([expect.objectContaining({ kind: "member", name: "Yara Hoekstra", area: "Flexzone", checkInId: null })]);
    expect((await todaysPresence(werkplaats.id)).expected.map((e) => e.name)).toContain("Yara Hoekstra");

    // Her "Verwacht" row's check-in button sends what it carries; then she is in, no longer expected.
    const row = (await todaysPresence(werkplaats.id)).expected.find((e) => e.name === "Yara Hoekstra")!;
    expect(row).toMatchObject({ userId: person.id, code: null });
    await receptionAction(werkplaats, staff.id, { intent: "checkin-member", userId: row.userId! }, "nl");
    const after = await todaysPresence(werkplaats.id);
    expect(after.expected.map((e) => e.name)).not.toContain("Yara Hoekstra");
    expect(after.inside.map((p) => p.name)).toContain("Yara Hoekstra");
  });

  it("gives an expected day-pass guest's row the pass's code to check in with", async () => {
    const pass = await issueDayPass(
      werkplaats,
      { userId: null, name: "Gijs Gast", email: "gijs.gast@example.org", locale: "nl" },
      { day: today, areaId: area.id },
      { issuedBy: staff.id },
    );
    const row = (await todaysPresence(werkplaats.id)).expected.find((e) => e.name === "Gijs Gast")!;
    expect(row).toMatchObject({ viaDayPass: true, code: pass.code });
    await receptionAction(werkplaats, staff.id, { intent: "checkin-code", code: row.code! }, "nl");
    expect((await todaysPresence(werkplaats.id)).inside.map((p) => p.name)).toContain("Gijs Gast");
  });
});
