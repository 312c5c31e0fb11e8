import { beforeAll, describe, expect, it } from "vitest";
import { roomBookings } from "#db/schema";
import { makeMembership, makePlan } from "#db/membership-factories";
import { makeRoom } from "#db/room-factories";
import { bookingsPage, chargeableRoomUsage } from "~/modules/rooms/booking-queries.server";
import { bookRoom, cancelBooking } from "~/modules/rooms/bookings.server";
import { centsFor } from "~/modules/rooms/ledger";
import { db } from "~/utils/db.server";
import { localMonthStart } from "~/utils/zoned-time";
import { actor, at, inDays, werkplaatsWithPeople } from "../support/rooms-fixtures";

// The member's hours summary, the charge on each booking and what billing picks up must be the
// same figures: one settled month, not a summary next to charges quoted at booking time.
let ctx: Awaited<ReturnType<typeof werkplaatsWithPeople>>;
let room: Awaited<ReturnType<typeof makeRoom>>;
const day = inDays(7);
const month = localMonthStart(at(day, "12:00"));

beforeAll(async () => {
  ctx = await werkplaatsWithPeople();
  room = await makeRoom(ctx.werkplaats.id, { memberHourlyCents: 2000, cancelHours: 24, bufferAfterMinutes: 0 });
  const plan = await makePlan(ctx.werkplaats.id, "flex", { includedRoomMinutes: 240 });
  await makeMembership(ctx.werkplaats.id, ctx.member.id, plan.id, { startDate: inDays(-40) });
  await makeMembership(ctx.werkplaats.id, ctx.member2.id, plan.id, { startDate: inDays(-40) });
});

const book = async (who: { id: string }, startTime: string, endTime: string) => {
  const r = await bookRoom(ctx.werkplaats, actor(who, ["member"]), {
    roomId: room.id,
    date: day,
    startTime,
    endTime,
    repeat: "none",
    kind: "booking",
  });
  if (r.status !== "booked") throw new Error("expected booked");
  return r.bookingIds[0]!;
};

/** What the member's page shows: the summary and the charge on each of the month's bookings. */
async function page(who: { id: string }) {
  const { upcoming, past, ledger } = await bookingsPage(ctx.werkplaats.id, actor(who, ["member"]));
  const rows = [...upcoming, ...past].filter((b) => b.ledgerMonth === month && b.kind === "booking");
  return { ledger: ledger!, rows, charged: rows.reduce((n, b) => n + b.chargeableCents, 0) };
}

const billed = async (who: { id: string }) =>
  (await chargeableRoomUsage(ctx.werkplaats.id, month)).filter((u) => u.userId === who.id).reduce((n, u) => n + u.chargeableCents, 0);

describe("room hours: one calculation for the summary, the bookings and the invoice", () => {
  it("uses the 4 included hours up and charges beyond them, the same everywhere", async () => {
    const a = await book(ctx.member, "09:00", "11:00"); // 2 h included
    await book(ctx.member, "11:00", "12:30"); // 1,5 h included
    await book(ctx.member, "13:00", "14:30"); // 0,5 h included, 1 h charged
    await book(ctx.member, "15:00", "16:00"); // 1 h charged

    const used = await page(ctx.member);
    expect(used.ledger).toMatchObject({ allowanceMinutes: 240, usedMinutes: 240, leftMinutes: 0, chargeableCents: 4000 });
    expect(used.charged).toBe(used.ledger.chargeableCents);
    expect(await billed(ctx.member)).toBe(used.ledger.chargeableCents);

    // A free cancellation gives its 2 hours back to the bookings still standing: nothing is
    // "left over" while they are charged.
    await cancelBooking(ctx.werkplaats, actor(ctx.member, ["member"]), a);
    const after = await page(ctx.member);
    expect(after.ledger).toMatchObject({ usedMinutes: 240, leftMinutes: 0, chargeableCents: 0 });
    expect(after.charged).toBe(0);
    expect(await billed(ctx.member)).toBe(0);
  });

  it("settles bookings stored without their included hours (as older demo data did)", async () => {
    const other = await makeRoom(ctx.werkplaats.id, { memberHourlyCents: 2000, bufferAfterMinutes: 0 });
    const insert = (from: string, until: string, minutes: number) =>
      db.insert(roomBookings).values({
        werkplaatsId: ctx.werkplaats.id,
        roomId: other.id,
        userId: ctx.member2.id,
        bookedBy: ctx.member2.id,
        startsAt: at(day, from),
        endsAt: at(day, until),
        blockedFrom: at(day, from),
        blockedUntil: at(day, until),
        ledgerMonth: month,
        minutes,
        hourlyCents: 2000,
        chargeableCents: centsFor(minutes, 2000),
      });
    await insert("09:00", "12:00", 180);
    await insert("13:00", "15:15", 135);

    const settled = await page(ctx.member2);
    expect(settled.ledger).toMatchObject({ usedMinutes: 240, leftMinutes: 0, chargeableCents: centsFor(75, 2000) });
    expect(settled.charged).toBe(settled.ledger.chargeableCents);
    expect(await billed(ctx.member2)).toBe(settled.ledger.chargeableCents);
  });
});
