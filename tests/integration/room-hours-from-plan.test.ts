import { beforeAll, describe, expect, it } from "vitest";
import { makeMembership, makePlan } from "#db/membership-factories";
import { monthLedger } from "~/modules/rooms/booking-queries.server";
import { bookRoom, cancelBooking } from "~/modules/rooms/bookings.server";
import { makeRoom } from "#db/room-factories";
import { actor, inDays, werkplaatsWithPeople } from "../support/rooms-fixtures";

// The two domains together: a member's plan includes room hours, and the room ledger spends
// them before charging.
let ctx: Awaited<ReturnType<typeof werkplaatsWithPeople>>;
let room: Awaited<ReturnType<typeof makeRoom>>;

beforeAll(async () => {
  ctx = await werkplaatsWithPeople();
  room = await makeRoom(ctx.werkplaats.id, { memberHourlyCents: 2000, cancelHours: 24 });
  const plan = await makePlan(ctx.werkplaats.id, "flex", { includedRoomMinutes: 120 });
  await makeMembership(ctx.werkplaats.id, ctx.member.id, plan.id, { startDate: inDays(-40) });
});

describe("included room hours from the membership plan", () => {
  it("spends the plan's 2 hours first and charges the rest at the member price", async () => {
    // Two bookings on the same day, so both fall in one calendar month.
    const day = inDays(7);
    const first = await bookRoom(ctx.werkplaats, actor(ctx.member, ["member"]), {
      roomId: room.id,
      date: day,
      startTime: "09:00",
      endTime: "10:30",
      repeat: "none",
      kind: "booking",
    });
    const second = await bookRoom(ctx.werkplaats, actor(ctx.member, ["member"]), {
      roomId: room.id,
      date: day,
      startTime: "13:00",
      endTime: "14:00",
      repeat: "none",
      kind: "booking",
    });
    if (first.status !== "booked" || second.status !== "booked") throw new Error("expected both booked");

    const ledger = await monthLedger(ctx.werkplaats.id, ctx.member.id, new Date(`${day}T12:00:00Z`));
    expect(ledger).toMatchObject({ allowanceMinutes: 120, usedMinutes: 120, chargeableCents: 1000 });

    // Cancelled in time: the included half hour of the second booking comes back.
    await cancelBooking(ctx.werkplaats, actor(ctx.member, ["member"]), second.bookingIds[0]!);
    const after = await monthLedger(ctx.werkplaats.id, ctx.member.id, new Date(`${day}T12:00:00Z`));
    expect(after).toMatchObject({ allowanceMinutes: 120, usedMinutes: 90, chargeableCents: 0 });
  });

  it("includes nothing for someone without a plan", async () => {
    const r = await bookRoom(ctx.werkplaats, actor(ctx.member2, ["member"]), {
      roomId: room.id,
      date: inDays(8),
      startTime: "09:00",
      endTime: "10:00",
      repeat: "none",
      kind: "booking",
    });
    expect(r.status).toBe("booked");
    const ledger = await monthLedger(ctx.werkplaats.id, ctx.member2.id, new Date(`${inDays(8)}T12:00:00Z`));
    expect(ledger).toMatchObject({ allowanceMinutes: 0, chargeableCents: 2000 });
  });
});
