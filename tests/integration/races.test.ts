import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { events, outboxMessages, registrations, roomBookings } from "#db/schema";
import { makePerson } from "#db/factories";
import { bookRoom } from "~/modules/rooms/bookings.server";
import { cancelRegistration, registerForEvent } from "~/modules/events/registrations.server";
import { bookSlot, publishSlots } from "~/modules/consultations/consultations.server";
import { db } from "~/utils/db.server";
import { makeRoom } from "#db/room-factories";
import { at, inDays, werkplaatsWithPeople } from "../support/rooms-fixtures";

/**
 * Simultaneous requests: on the PostgreSQL server (DATABASE_URL) these run truly in parallel on
 * a pool of 20 connections; on PGlite they are serialised, and must give the same answers.
 */
let ctx: Awaited<ReturnType<typeof werkplaatsWithPeople>>;

beforeAll(async () => {
  ctx = await werkplaatsWithPeople();
});

describe(`races on ${process.env.DATABASE_URL ? "the PostgreSQL server" : "PGlite"}`, () => {
  it("100 simultaneous bookings of one slot: exactly 1 succeeds, 99 get the 409 with the clashing time", async () => {
    const room = await makeRoom(ctx.werkplaats.id, { name: "Racekamer" });
    const people = await Promise.all(Array.from({ length: 10 }, (_, i) => makePerson(ctx.werkplaats.id, ["member"], { name: `Lid ${i}` })));
    const date = inDays(5);
    const results = await Promise.allSettled(
      Array.from({ length: 100 }, (_, i) =>
        bookRoom(
          ctx.werkplaats,
          { id: people[i % 10]!.id, roles: ["member"] },
          { roomId: room.id, date, startTime: "10:00", endTime: "11:00", repeat: "none", kind: "booking" },
        ),
      ),
    );
    const ok = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(99);
    for (const r of refused)
      expect(r.reason).toMatchObject({ status: 409, key: "bookings.error.taken", vars: { from: "10:00", until: "11:00" } });
    const rows = await db
      .select()
      .from(roomBookings)
      .where(and(eq(roomBookings.roomId, room.id), eq(roomBookings.status, "confirmed")));
    expect(rows).toHaveLength(1);
  });

  it("100 simultaneous registrations for 30 places: 30 registered, 70 waitlisted in arrival order; a cancellation promotes exactly one", async () => {
    const [event] = await db
      .insert(events)
      .values({
        werkplaatsId: ctx.werkplaats.id,
        kind: "workshop",
        titleNl: "Drukke workshop",
        startsAt: at(inDays(10), "14:00"),
        endsAt: at(inDays(10), "16:00"),
        capacity: 30,
        audiences: ["public"],
        onlineUrl: "https://meet.example/x",
        status: "published",
      })
      .returning();
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        registerForEvent(ctx.werkplaats, event!.id, { name: `Gast ${i}`, email: `gast${i}@example.nl`, locale: "nl", consent: true }),
      ),
    );
    expect(results.filter((r) => r.status === "registered")).toHaveLength(30);
    expect(results.filter((r) => r.status === "waitlisted")).toHaveLength(70);
    const rows = await db.select().from(registrations).where(eq(registrations.eventId, event!.id)).orderBy(asc(registrations.seq));
    // Arrival order: the first 30 to get in have places, everyone after them waits, positions 1…70.
    expect(rows.slice(0, 30).every((r) => r.status === "registered")).toBe(true);
    expect(rows.slice(30).every((r) => r.status === "waitlisted")).toBe(true);
    expect(
      results
        .filter((r) => r.status === "waitlisted")
        .map((r) => r.position)
        .sort((a, b) => a - b),
    ).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));

    // Three people cancel at the same moment: three promoted, in waitlist order, each emailed once.
    const cancelling = rows.slice(0, 3);
    const outcomes = await Promise.all(cancelling.map((r) => cancelRegistration({ token: r.token })));
    expect(outcomes.reduce((n, o) => n + o.promoted, 0)).toBe(3);
    const after = await db.select().from(registrations).where(eq(registrations.eventId, event!.id)).orderBy(asc(registrations.seq));
    expect(after.filter((r) => r.status === "registered")).toHaveLength(30);
    const promoted = after.filter((r) => r.promotedAt);
    expect(promoted.map((r) => r.seq)).toEqual(rows.slice(30, 33).map((r) => r.seq));
    for (const p of promoted) {
      const mails = await db
        .select()
        .from(outboxMessages)
        .where(and(eq(outboxMessages.toAddress, p.email), eq(outboxMessages.kind, "mail.promoted")));
      expect(mails).toHaveLength(1);
    }

    // One more cancellation promotes exactly one.
    const one = await cancelRegistration({ token: after.find((r) => r.status === "registered")!.token });
    expect(one.promoted).toBe(1);
    expect(await db.$count(registrations, and(eq(registrations.eventId, event!.id), eq(registrations.status, "registered")))).toBe(30);
  });

  it("a consultation slot booked by 20 people at once goes to exactly one", async () => {
    await publishSlots(ctx.werkplaats.id, ctx.staff.id, {
      intent: "publish",
      topic: "Webshop",
      date: inDays(4),
      startTime: "14:00",
      slotMinutes: 30,
      count: 1,
      weeks: 1,
    });
    const { consultationSlots } = await import("#db/schema");
    const [slot] = await db.select().from(consultationSlots).where(eq(consultationSlots.hostId, ctx.staff.id));
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        bookSlot(
          ctx.werkplaats,
          slot!.id,
          { name: `Ondernemer ${i}`, email: `o${i}@example.nl`, question: "Hoe begin ik online?", consent: "on" },
          "nl",
        ),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === "rejected"))
      expect(r.reason).toMatchObject({ status: 409, key: "consultations.error.taken" });
  });
});
