import { and, eq, gt, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { checkIns } from "#db/schema";
import { makeWerkplaats } from "#db/factories";
import { seedMemberships } from "#db/seed/memberships";
import { zonedToUtc } from "~/utils/zoned-time";
import { db } from "~/utils/db.server";

const today = "2026-12-02";

async function todaysCheckIns(werkplaatsId: string) {
  return db
    .select({ at: checkIns.checkedInAt, out: checkIns.checkedOutAt })
    .from(checkIns)
    .where(and(eq(checkIns.werkplaatsId, werkplaatsId), eq(checkIns.day, today)));
}

describe("the demo's check-ins follow the clock the seed runs at", () => {
  it("has nobody inside yet when seeded at 05:30, and nobody checked in after the moment it ran", async () => {
    const early = await makeWerkplaats({ slug: "vroeg" });
    await seedMemberships(early.id, { today, now: zonedToUtc(today, "05:30") });
    expect(await todaysCheckIns(early.id)).toEqual([]);

    const morning = await makeWerkplaats({ slug: "ochtend" });
    const now = zonedToUtc(today, "09:05");
    await seedMemberships(morning.id, { today, now });
    const visits = await todaysCheckIns(morning.id);
    expect(visits.length).toBeGreaterThan(0);
    expect(visits.filter((v) => v.at.getTime() > now.getTime())).toEqual([]);
    expect(visits.filter((v) => v.out !== null)).toEqual([]);

    // Nothing in the future on any day, in either demo.
    const future = await db.select({ n: sql<number>`count(*)::int` }).from(checkIns).where(gt(checkIns.checkedInAt, now));
    expect(future[0]!.n).toBe(0);
  });
});
