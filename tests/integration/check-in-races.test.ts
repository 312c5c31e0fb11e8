import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { checkIns, events, flexReservations, registrations } from "#db/schema";
import { makePerson, makeUser, makeWerkplaats } from "#db/factories";
import { makeArea, makeMembership, makePlan } from "#db/membership-factories";
import { checkIn, registerForEvent } from "~/modules/events/registrations.server";
import { checkInByCode, checkInPerson } from "~/modules/presence/checkins.server";
import { issueDayPass } from "~/modules/presence/day-passes.server";
import { addDays } from "~/utils/calendar";
import { todayIn } from "~/utils/zoned-time";
import { db } from "~/utils/db.server";
import { at, inDays } from "../support/rooms-fixtures";

/**
 * One code scanned twice at the same moment (two phones at the door, a double tap): exactly one
 * answer says "checked in", the other "already checked in", never two check-ins or another error.
 * On the PostgreSQL server (DATABASE_URL) the two requests really run in parallel.
 */
let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let staff: Awaited<ReturnType<typeof makeUser>>;
const today = todayIn();

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC Deur" });
  staff = await makePerson(werkplaats.id, ["staff"]);
  await makePlan(werkplaats.id, "day_pass");
  await makeArea(werkplaats.id, { name: "Flexzone", flexCapacity: 10 });
});

const settle = <T>(runs: Promise<T>[]) => Promise.allSettled(runs);
const rejectionKeys = (results: PromiseSettledResult<unknown>[]) =>
  results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => ({ status: r.reason?.status, key: r.reason?.key }));

describe(`one code scanned twice at once on ${process.env.DATABASE_URL ? "the PostgreSQL server" : "PGlite"}`, () => {
  it("event door check-in (/checkin/:code): one 'checked in', one 'already checked in'", async () => {
    const [event] = await db
      .insert(events)
      .values({
        werkplaatsId: werkplaats.id,
        kind: "workshop",
        titleNl: "Deurtest",
        startsAt: at(inDays(3), "14:00"),
        endsAt: at(inDays(3), "16:00"),
        capacity: 10,
        audiences: ["public"],
        status: "published",
      })
      .returning();
    for (let round = 0; round < 5; round++) {
      const { token } = await registerForEvent(werkplaats, event!.id, {
        name: `Gast ${round}`,
        email: `deur${round}@example.nl`,
        locale: "nl",
        consent: true,
      });
      const [{ code }] = (await db
        .select({ code: registrations.checkinCode })
        .from(registrations)
        .where(eq(registrations.token, token))) as [{ code: string }];
      const answers = await Promise.all([checkIn(werkplaats.id, { code }), checkIn(werkplaats.id, { code })]);
      expect(answers.map((a) => a.already).sort()).toEqual([false, true]);
    }
  });

  it("day-pass check-in by code at the reception: one check-in, one 409 'already checked in'", async () => {
    for (let round = 0; round < 5; round++) {
      const guest = await makeUser();
      const pass = await issueDayPass(werkplaats, { userId: guest.id, name: guest.name, email: guest.email, locale: "nl" }, { day: today });
      const results = await settle([checkInByCode(werkplaats.id, pass.code, staff.id), checkInByCode(werkplaats.id, pass.code, staff.id)]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(rejectionKeys(results)).toEqual([{ status: 409, key: "checkin.errors.already" }]);
      expect(await db.select().from(checkIns).where(eq(checkIns.dayPassId, pass.id))).toHaveLength(1);
    }
  });

  it("member check-in (self and reception at once, flex member without a reservation): one check-in, one 409 'already checked in'", async () => {
    const flex = await makePlan(werkplaats.id, "flex");
    for (let round = 0; round < 5; round++) {
      const member = await makeUser();
      await makeMembership(werkplaats.id, member.id, flex.id, { startDate: addDays(today, -3) });
      const results = await settle([
        checkInPerson(werkplaats.id, member.id, "self", member.id),
        checkInPerson(werkplaats.id, member.id, "reception", staff.id),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(rejectionKeys(results)).toEqual([{ status: 409, key: "checkin.errors.already" }]);
      expect(await db.select().from(checkIns).where(eq(checkIns.userId, member.id))).toHaveLength(1);
      expect(await db.select().from(flexReservations).where(eq(flexReservations.userId, member.id))).toHaveLength(1);
    }
  });
});
