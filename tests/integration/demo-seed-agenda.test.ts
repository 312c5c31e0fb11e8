import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { consultationSlots, events, registrations, roomBookings, rooms } from "#db/schema";
import { seedDemo } from "#db/seed/index";
import { db } from "~/utils/db.server";

describe("demo seed", () => {
  it("creates rooms, a season of events and bookings, and a second run changes nothing", async () => {
    await seedDemo();
    const count = async (table: typeof rooms | typeof events | typeof registrations | typeof roomBookings | typeof consultationSlots) =>
      (await db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;
    const before = {
      rooms: await count(rooms),
      events: await count(events),
      regs: await count(registrations),
      bookings: await count(roomBookings),
      slots: await count(consultationSlots),
    };
    expect(before.rooms).toBe(4);
    expect(before.events).toBeGreaterThanOrEqual(11);
    expect(before.bookings).toBeGreaterThan(100);
    expect(before.slots).toBe(12);
    const kinds = await db.selectDistinct({ kind: events.kind }).from(events);
    expect(kinds.map((k) => k.kind).sort()).toEqual(["hackathon", "masterclass", "talk", "training", "webinar", "workshop"]);
    // Past events have attendance, one future event is full with a waitlist.
    const attended = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(registrations)
      .where(sql`${registrations.checkedInAt} is not null`);
    expect(attended[0]!.n).toBeGreaterThan(50);
    const waiting = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(registrations)
      .where(sql`${registrations.status} = 'waitlisted'`);
    expect(waiting[0]!.n).toBe(3);
    await seedDemo();
    expect(await count(roomBookings)).toBe(before.bookings);
    expect(await count(registrations)).toBe(before.regs);
    // The whole demo seeded twice: a ceiling for a loaded machine (the PGlite pass runs beside
    // the browser tests in CI), like the billing demo's test beside it.
  }, 180_000);
});
