import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outboxMessages, roomBookings } from "#db/schema";
import { chargeableRoomUsage, monthLedger } from "~/modules/rooms/booking-queries.server";
import { bookRoom, cancelBooking } from "~/modules/rooms/bookings.server";
import { db, pgErrorOf, PG } from "~/utils/db.server";
import { localMonthStart, toLocalParts } from "~/utils/zoned-time";
import { makeRoom } from "#db/room-factories";
import { actor, at, inDays, werkplaatsWithPeople } from "../support/rooms-fixtures";

let ctx: Awaited<ReturnType<typeof werkplaatsWithPeople>>;
let room: Awaited<ReturnType<typeof makeRoom>>;
const day = inDays(10);

beforeAll(async () => {
  ctx = await werkplaatsWithPeople();
  room = await makeRoom(ctx.werkplaats.id, { name: "De Merwede", bufferAfterMinutes: 15 });
});

const book = (who: { id: string }, roles: ("member" | "staff" | "manager")[], input: Partial<Parameters<typeof bookRoom>[2]> = {}) =>
  bookRoom(ctx.werkplaats, actor(who, roles), {
    roomId: room.id,
    date: day,
    startTime: "10:00",
    endTime: "11:00",
    repeat: "none",
    kind: "booking",
    ...input,
  });

describe("the exclusion constraint, buffers included", () => {
  it("refuses an overlapping booking in the database itself (SQLSTATE 23P01)", async () => {
    await book(ctx.member, ["member"], { startTime: "09:00", endTime: "10:00", date: inDays(11) });
    const start = at(inDays(11), "09:30");
    const end = at(inDays(11), "10:30");
    const error = await db
      .insert(roomBookings)
      .values({
        werkplaatsId: ctx.werkplaats.id,
        roomId: room.id,
        startsAt: start,
        endsAt: end,
        blockedFrom: start,
        blockedUntil: end,
        ledgerMonth: "2026-01-01",
        minutes: 60,
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(pgErrorOf(error)).toMatchObject({ code: PG.exclusionViolation, constraint: "room_bookings_no_overlap" });
  });

  it("books, then refuses the same slot with the clashing time and a back-to-back slot inside the changeover", async () => {
    const first = await book(ctx.member, ["member"]);
    expect(first.status).toBe("booked");
    await expect(book(ctx.member2, ["member"], { startTime: "10:30", endTime: "11:30" })).rejects.toMatchObject({
      status: 409,
      key: "bookings.error.taken",
      vars: { from: "10:00", until: "11:00" },
    });
    await expect(book(ctx.member2, ["member"], { startTime: "11:00", endTime: "12:00" })).rejects.toMatchObject({
      status: 409,
      key: "bookings.error.takenBuffer",
      vars: { buffer: 15 },
    });
    const after = await book(ctx.member2, ["member"], { startTime: "11:15", endTime: "12:15" });
    expect(after.status).toBe("booked");
  });

  it("frees the slot when a booking is cancelled", async () => {
    const r = await book(ctx.member, ["member"], { date: inDays(12), startTime: "14:00", endTime: "15:00" });
    if (r.status !== "booked") throw new Error("expected booked");
    await cancelBooking(ctx.werkplaats, actor(ctx.member, ["member"]), r.bookingIds[0]!);
    expect((await book(ctx.member2, ["member"], { date: inDays(12), startTime: "14:00", endTime: "15:00" })).status).toBe("booked");
  });
});

describe("rules: a clear message, 400/403/409, nothing stored", () => {
  it.each([
    [{ startTime: "11:00", endTime: "10:00" }, "bookings.error.endBeforeStart", 400],
    [{ date: inDays(-1) }, "bookings.error.inPast", 400],
    [{ startTime: "07:00", endTime: "08:30" }, "bookings.error.outsideHours", 400],
    [{ startTime: "13:00", endTime: "18:00" }, "bookings.error.tooLong", 400],
    [{ startTime: "13:00", endTime: "13:15" }, "bookings.error.tooShort", 400],
    [{ startTime: "13:05", endTime: "14:00" }, "bookings.error.granularity", 400],
    [{ date: inDays(90) }, "bookings.error.tooFarAhead", 400],
  ])("%o → %s", async (input, key, status) => {
    const before = await db.$count(roomBookings);
    await expect(book(ctx.member, ["member"], input)).rejects.toMatchObject({ key, status });
    expect(await db.$count(roomBookings)).toBe(before);
  });

  it("keeps staff-only rooms and blocks for staff", async () => {
    const staffRoom = await makeRoom(ctx.werkplaats.id, { bookableBy: "staff" });
    await expect(
      bookRoom(ctx.werkplaats, actor(ctx.member, ["member"]), {
        roomId: staffRoom.id,
        date: day,
        startTime: "10:00",
        endTime: "11:00",
        repeat: "none",
        kind: "booking",
      }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(book(ctx.member, ["member"], { kind: "block", date: inDays(13) })).rejects.toMatchObject({ status: 403 });
    await expect(book(ctx.member, ["member"], { forUserId: ctx.member2.id, date: inDays(13) })).rejects.toMatchObject({ status: 403 });
  });

  it("lets staff block a room outside opening hours and book on behalf of a member", async () => {
    const block = await book(ctx.staff, ["staff"], {
      kind: "block",
      date: inDays(14),
      startTime: "06:00",
      endTime: "23:00",
      title: "Schilderwerk",
    });
    expect(block.status).toBe("booked");
    await expect(book(ctx.member, ["member"], { date: inDays(14) })).rejects.toMatchObject({ status: 409 });
    const onBehalf = await book(ctx.staff, ["staff"], { forUserId: ctx.member.id, date: inDays(15) });
    if (onBehalf.status !== "booked") throw new Error("expected booked");
    const [row] = await db.select().from(roomBookings).where(eq(roomBookings.id, onBehalf.bookingIds[0]!));
    expect(row).toMatchObject({ userId: ctx.member.id, bookedBy: ctx.staff.id, hourlyCents: 2000, chargeableCents: 2000 });
    const mails = await db
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.kind, "mail.bookingConfirmed"), eq(outboxMessages.toAddress, ctx.member.email)));
    expect(mails.length).toBeGreaterThan(0);
  });
});

describe("the hours ledger", () => {
  it("records the whole booking as chargeable without a plan; cancelling in time clears it, late keeps it", async () => {
    const date = inDays(3);
    const r = await book(ctx.member2, ["member"], { date, startTime: "16:00", endTime: "17:30" });
    if (r.status !== "booked") throw new Error("expected booked");
    const [row] = await db.select().from(roomBookings).where(eq(roomBookings.id, r.bookingIds[0]!));
    expect(row).toMatchObject({ minutes: 90, includedMinutes: 0, chargeableCents: 3000, ledgerMonth: localMonthStart(at(date, "16:00")) });
    const ledger = await monthLedger(ctx.werkplaats.id, ctx.member2.id, at(date, "16:00"));
    expect(ledger.chargeableCents).toBeGreaterThanOrEqual(3000);

    const free = await cancelBooking(ctx.werkplaats, actor(ctx.member2, ["member"]), r.bookingIds[0]!);
    expect(free).toMatchObject({ late: false, chargeableCents: 0 });
    const [cancelled] = await db.select().from(roomBookings).where(eq(roomBookings.id, r.bookingIds[0]!));
    expect(cancelled).toMatchObject({ status: "cancelled", cancelledLate: false, chargeableCents: 0 });

    // Late: within the 24-hour deadline (simulated by cancelling "now" = 2 hours before).
    const r2 = await book(ctx.member2, ["member"], { date, startTime: "18:00", endTime: "19:00" });
    if (r2.status !== "booked") throw new Error("expected booked");
    const late = await cancelBooking(
      ctx.werkplaats,
      actor(ctx.member2, ["member"]),
      r2.bookingIds[0]!,
      {},
      new Date(at(date, "18:00").getTime() - 2 * 3600_000),
    );
    expect(late).toMatchObject({ late: true, chargeableCents: 2000 });
    const usage = await chargeableRoomUsage(ctx.werkplaats.id, localMonthStart(at(date, "18:00")));
    expect(usage.find((u) => u.id === r2.bookingIds[0])).toMatchObject({ chargeableCents: 2000, cancelledLate: true });
    expect(usage.find((u) => u.id === r.bookingIds[0])).toBeUndefined();
  });

  it("refuses to cancel someone else's booking (404) and a cancelled one twice (409)", async () => {
    const r = await book(ctx.member, ["member"], { date: inDays(16) });
    if (r.status !== "booked") throw new Error("expected booked");
    await expect(cancelBooking(ctx.werkplaats, actor(ctx.member2, ["member"]), r.bookingIds[0]!)).rejects.toMatchObject({ status: 404 });
    await cancelBooking(ctx.werkplaats, actor(ctx.staff, ["staff"]), r.bookingIds[0]!);
    await expect(cancelBooking(ctx.werkplaats, actor(ctx.member, ["member"]), r.bookingIds[0]!)).rejects.toMatchObject({
      status: 409,
      key: "bookings.error.alreadyCancelled",
    });
  });
});

describe("recurring weekly bookings", () => {
  it("lists clashing weeks, books nothing, then skips them on request and keeps 09:00 local", async () => {
    const seriesRoom = await makeRoom(ctx.werkplaats.id, { advanceDays: 120 });
    const start = inDays(7);
    const clashDay = inDays(21);
    await bookRoom(ctx.werkplaats, actor(ctx.member2, ["member"]), {
      roomId: seriesRoom.id,
      date: clashDay,
      startTime: "09:30",
      endTime: "10:30",
      repeat: "none",
      kind: "booking",
    });
    const input = {
      roomId: seriesRoom.id,
      date: start,
      startTime: "09:00",
      endTime: "10:00",
      repeat: "weeks" as const,
      weeks: 5,
      kind: "booking" as const,
    };
    const before = await db.$count(roomBookings);
    const first = await bookRoom(ctx.werkplaats, actor(ctx.member, ["member"]), input);
    expect(first).toMatchObject({ status: "clashes", total: 5 });
    if (first.status !== "clashes") throw new Error("expected clashes");
    expect(first.clashes.map((c) => toLocalParts(new Date(c.start)).date)).toEqual([clashDay]);
    expect(await db.$count(roomBookings)).toBe(before);

    const second = await bookRoom(ctx.werkplaats, actor(ctx.member, ["member"]), { ...input, onClash: "skip" });
    if (second.status !== "booked") throw new Error("expected booked");
    expect(second.bookingIds).toHaveLength(4);
    expect(second.skipped).toHaveLength(1);
    const rows = await db
      .select()
      .from(roomBookings)
      .where(
        eq(roomBookings.seriesId, (await db.select().from(roomBookings).where(eq(roomBookings.id, second.bookingIds[0]!)))[0]!.seriesId!),
      );
    expect(rows.map((r) => toLocalParts(r.startsAt).time)).toEqual(["09:00", "09:00", "09:00", "09:00"]);

    // Cancelling the series cancels every coming occurrence.
    const cancelled = await cancelBooking(ctx.werkplaats, actor(ctx.member, ["member"]), second.bookingIds[1]!, { series: true });
    expect(cancelled.count).toBe(4);
  });
});
