import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { dayPasses, flexReservations } from "#db/schema";
import { makePerson, makeUser, makeWerkplaats } from "#db/factories";
import { makeArea, makeMembership, makePlan } from "#db/membership-factories";
import type { Role } from "~/modules/auth/roles";
import { reservationPage } from "~/modules/presence/reservation-page.server";
import { reserveFlexSpot } from "~/modules/presence/flex-reservations.server";
import { issueDayPass } from "~/modules/presence/day-passes.server";
import { addDutchHolidays, openingDaysPage } from "~/modules/werkplaats/opening-days.server";
import { addDays, isoWeekday } from "~/utils/calendar";
import { todayIn } from "~/utils/zoned-time";
import { db } from "~/utils/db.server";
import * as adminOpeningDays from "~/routes/admin.opening-days";
import { outcome, routeArgs } from "../support/route-harness";

let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let manager: Awaited<ReturnType<typeof makePerson>>;
let member: Awaited<ReturnType<typeof makeUser>>;
const today = todayIn();
/** The next Sunday at least two days ahead, and a weekday after it to close as a holiday. */
const sunday = (() => {
  let d = addDays(today, 2);
  while (isoWeekday(d) !== 7) d = addDays(d, 1);
  return d;
})();
const holiday = addDays(sunday, 2);

const as = (user: { id: string; email: string; name: string }, roles: Role[]) => ({ user, roles, werkplaats });
const post = (who: { id: string; email: string; name: string }, roles: Role[], fields: [string, string][]) =>
  outcome(() =>
    adminOpeningDays.action(routeArgs("/admin/opening-days", as(who, roles), { method: "POST", body: new URLSearchParams(fields) })),
  );

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Open" });
  manager = await makePerson(werkplaats.id, ["manager"]);
  member = await makePerson(werkplaats.id, ["member"]);
  await makeMembership(werkplaats.id, member.id, (await makePlan(werkplaats.id, "flex")).id, { startDate: addDays(today, -10) });
  await makePlan(werkplaats.id, "day_pass");
  await makeArea(werkplaats.id, { name: "Flexzone", flexCapacity: 10 });
});

describe("opening days", () => {
  it("the manager closes Sundays and a holiday on the opening-days page; nobody else may", async () => {
    expect(
      (
        await post(
          member,
          ["member"],
          [
            ["intent", "weekdays"],
            ["weekdays", "7"],
          ],
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await post(
          manager,
          ["manager"],
          [
            ["intent", "weekdays"],
            ["weekdays", "7"],
          ],
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await post(
          manager,
          ["manager"],
          [
            ["intent", "add-day"],
            ["day", holiday],
            ["reason", "Verhuizing"],
          ],
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await post(
          manager,
          ["manager"],
          [
            ["intent", "add-day"],
            ["day", holiday],
            ["reason", "Nog eens"],
          ],
        )
      ).status,
    ).toBe(409);
    const everyDay: [string, string][] = ["1", "2", "3", "4", "5", "6", "7"].map((d) => ["weekdays", d]);
    expect((await post(manager, ["manager"], [["intent", "weekdays"], ...everyDay])).status).toBe(400);
    const page = await openingDaysPage(werkplaats.id);
    expect(page.closedWeekdays).toEqual([7]);
    expect(page.days.map((d) => [d.day, d.reason])).toContainEqual([holiday, "Verhuizing"]);
  });

  it("refuses a flex reservation and a day pass on a closed weekday and on a closed day (409 with the reason), and takes no spot", async () => {
    await expect(reserveFlexSpot(werkplaats.id, member.id, { day: sunday })).rejects.toMatchObject({
      status: 409,
      key: "openingDays.errors.closedWeekday",
    });
    await expect(reserveFlexSpot(werkplaats.id, member.id, { day: holiday })).rejects.toMatchObject({
      status: 409,
      key: "openingDays.errors.closedDay",
      vars: { reason: "Verhuizing" },
    });
    const guest = await makeUser();
    const buyer = { userId: guest.id, name: guest.name, email: guest.email, locale: "nl" as const };
    await expect(issueDayPass(werkplaats, buyer, { day: sunday })).rejects.toMatchObject({
      status: 409,
      key: "openingDays.errors.closedWeekday",
    });
    await expect(issueDayPass(werkplaats, buyer, { day: holiday })).rejects.toMatchObject({
      status: 409,
      key: "openingDays.errors.closedDay",
    });
    expect(await db.select().from(dayPasses).where(eq(dayPasses.userId, guest.id))).toHaveLength(0);
    expect(await db.select().from(flexReservations).where(eq(flexReservations.userId, member.id))).toHaveLength(0);
    // An open day still works.
    expect((await reserveFlexSpot(werkplaats.id, member.id, { day: addDays(sunday, 1) })).day).toBe(addDays(sunday, 1));
  });

  it("the reservation page shows closed days as closed, with the reason", async () => {
    const page = await reservationPage(werkplaats.id, member.id, "nl");
    const byDay = new Map(page.days.map((d) => [d.day, d.closed]));
    expect(byDay.get(sunday)).toEqual({ kind: "weekday", weekday: 7 });
    expect(byDay.get(holiday)).toEqual({ kind: "day", reason: "Verhuizing" });
    expect(byDay.get(addDays(sunday, 1))).toBeNull();
  });

  it("adds the Dutch public holidays of a year once", async () => {
    const other = await makeWerkplaats({ name: "DOC Feestdagen" });
    expect(await addDutchHolidays(other.id, 2027)).toBe(9);
    expect(await addDutchHolidays(other.id, 2027)).toBe(0);
    expect((await openingDaysPage(other.id, new Date("2027-12-01T12:00:00Z"))).days.map((d) => [d.day, d.reason])).toEqual([
      ["2027-12-25", "Eerste Kerstdag"],
      ["2027-12-26", "Tweede Kerstdag"],
    ]);
  });
});
