import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { memberships, membershipPauses } from "#db/schema";
import { makeUser, makeWerkplaats } from "#db/factories";
import { makeMembership, makePlan } from "#db/membership-factories";
import { isInForce } from "~/modules/memberships/in-force";
import { inForce } from "~/modules/memberships/in-force.server";
import { receptionSearch } from "~/modules/presence/reception.server";
import { addDays, type IsoDate } from "~/utils/calendar";
import { todayIn } from "~/utils/zoned-time";
import { db } from "~/utils/db.server";

let werkplaats: Awaited<ReturnType<typeof makeWerkplaats>>;
let flex: Awaited<ReturnType<typeof makePlan>>;
const today = todayIn();

beforeAll(async () => {
  werkplaats = await makeWerkplaats({ name: "DOC In Force" });
  flex = await makePlan(werkplaats.id, "flex");
});

describe("membership in force", () => {
  it("leaves a paused member out of the reception's search, as it does a member whose membership ended", async () => {
    const present = await makeUser({ name: "Ravi Zonnebloem" });
    await makeMembership(werkplaats.id, present.id, flex.id, { startDate: addDays(today, -30) });
    const paused = await makeUser({ name: "Petra Zonnebloem" });
    const m = await makeMembership(werkplaats.id, paused.id, flex.id, { startDate: addDays(today, -30) });
    await db.insert(membershipPauses).values({ membershipId: m.id, startsOn: addDays(today, -1), endsOn: addDays(today, 1) });
    const ended = await makeUser({ name: "Eva Zonnebloem" });
    await makeMembership(werkplaats.id, ended.id, flex.id, { startDate: addDays(today, -30), endDate: addDays(today, -1) });

    const hits = await receptionSearch(werkplaats.id, "zonnebloem", "nl", today);
    expect(hits.map((h) => h.name)).toEqual(["Ravi Zonnebloem"]);
  });

  // Each case: a membership, its pauses, a range of days and whether it is in force then.
  const d = (n: number) => addDays("2026-06-15", n);
  const cases: {
    name: string;
    status?: "active" | "pending";
    start: IsoDate;
    end?: IsoDate;
    pauses?: [IsoDate, IsoDate][];
    from: IsoDate;
    to?: IsoDate | null;
    expected: boolean;
  }[] = [
    { name: "running", start: d(-10), from: d(0), expected: true },
    { name: "pending", status: "pending", start: d(-10), from: d(0), expected: false },
    { name: "starts tomorrow", start: d(1), from: d(0), expected: false },
    { name: "starts today", start: d(0), from: d(0), expected: true },
    { name: "ends today", start: d(-10), end: d(0), from: d(0), expected: true },
    { name: "ended yesterday", start: d(-10), end: d(-1), from: d(0), expected: false },
    { name: "paused today", start: d(-10), pauses: [[d(0), d(0)]], from: d(0), expected: false },
    { name: "pause ended yesterday", start: d(-10), pauses: [[d(-5), d(-1)]], from: d(0), expected: true },
    { name: "range with a day outside the pause", start: d(-10), pauses: [[d(0), d(5)]], from: d(0), to: d(6), expected: true },
    { name: "range paused throughout", start: d(-10), pauses: [[d(-1), d(7)]], from: d(0), to: d(6), expected: false },
    { name: "starts within the range", start: d(6), from: d(0), to: d(6), expected: true },
    { name: "open range, ends later", start: d(30), end: d(40), from: d(0), to: null, expected: true },
    { name: "open range, ended before", start: d(-30), end: d(-1), from: d(0), to: null, expected: false },
  ];

  it("says the same in SQL as in memory", async () => {
    for (const c of cases) {
      const user = await makeUser();
      const m = await makeMembership(werkplaats.id, user.id, flex.id, {
        startDate: c.start,
        endDate: c.end ?? null,
        status: c.status ?? "active",
      });
      const pauses = (c.pauses ?? []).map(([startsOn, endsOn]) => ({ membershipId: m.id, startsOn, endsOn }));
      if (pauses.length > 0) await db.insert(membershipPauses).values(pauses);
      const to = c.to === undefined ? c.from : c.to;
      const inSql = await db
        .select({ id: memberships.id })
        .from(memberships)
        .where(and(eq(memberships.id, m.id), inForce(c.from, to)));
      expect({ name: c.name, sql: inSql.length === 1, memory: isInForce(m, pauses, c.from, to) }).toEqual({
        name: c.name,
        sql: c.expected,
        memory: c.expected,
      });
    }
  });
});
