import { and, count, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { areas, companies, desks, flexReservations, memberships, plans, users } from "#db/schema";
import { seedDemo } from "#db/seed/index";
import { reservedPerAreaDay } from "~/modules/desks/occupancy.server";
import { membershipReport } from "~/modules/memberships/reports.server";
import { addDays } from "~/utils/calendar";
import { todayIn } from "~/utils/zoned-time";
import { db } from "~/utils/db.server";
import { onTheSeededDemo } from "../support/demo-database";

onTheSeededDemo();

describe("the DOC Dordrecht demo", () => {
  it("is a believable space with a year of history, within every capacity, and seeding twice changes nothing", async () => {
    const { werkplaats } = await seedDemo();
    const tally = async () => ({
      users: (await db.select({ n: count() }).from(users))[0]!.n,
      memberships: (await db.select({ n: count() }).from(memberships))[0]!.n,
      reservations: (await db.select({ n: count() }).from(flexReservations))[0]!.n,
    });
    const first = await tally();
    await seedDemo();
    expect(await tally()).toEqual(first);

    const areaRows = await db.select().from(areas).where(eq(areas.werkplaatsId, werkplaats.id));
    expect(areaRows).toHaveLength(3);
    expect(areaRows.reduce((s, a) => s + a.flexCapacity, 0)).toBe(20);
    expect((await db.select({ n: count() }).from(desks).where(eq(desks.werkplaatsId, werkplaats.id)))[0]!.n).toBe(24);
    const publicPlans = await db
      .select()
      .from(plans)
      .where(and(eq(plans.werkplaatsId, werkplaats.id), eq(plans.isPublic, true), isNull(plans.archivedAt)));
    expect(Object.fromEntries(publicPlans.map((p) => [p.nameNl, p.priceCents]))).toMatchObject({
      Flexplek: 17500,
      "Vaste werkplek": 27500,
      Dagpas: 2500,
      "Virtueel kantoor": 6500,
    });
    expect(publicPlans).toHaveLength(6);
    expect((await db.select({ n: count() }).from(companies))[0]!.n).toBe(40);
    expect(first.memberships).toBeGreaterThanOrEqual(60);
    expect(first.reservations).toBeGreaterThan(1000);

    const over = (await reservedPerAreaDay(werkplaats.id, addDays(todayIn(), -400), addDays(todayIn(), 60))).filter(
      (r) => r.reserved > r.capacity,
    );
    expect(over).toEqual([]);
    const report = await membershipReport(werkplaats.id, "nl");
    expect(report.activeMembers).toBeGreaterThan(40);
    expect(report.mrrCents).toBeGreaterThan(500000);
    // The whole demo seeded twice: a ceiling for a loaded machine (the PGlite pass runs beside
    // the browser tests in CI), like the billing demo's test beside it.
  }, 180_000);
});
