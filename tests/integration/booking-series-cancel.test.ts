import { beforeAll, describe, expect, it } from "vitest";
import { translate } from "~/modules/i18n";
import { plural } from "~/modules/plans";
import { getBooking } from "~/modules/rooms/booking-queries.server";
import { bookRoom, cancelBooking } from "~/modules/rooms/bookings.server";
import { makeRoom } from "#db/room-factories";
import { actor, inDays, werkplaatsWithPeople } from "../support/rooms-fixtures";

let ctx: Awaited<ReturnType<typeof werkplaatsWithPeople>>;

beforeAll(async () => {
  ctx = await werkplaatsWithPeople();
});

/** The label the booking page puts next to "also cancel the rest of the series". */
const label = (others: number, locale: "nl" | "en" = "nl") =>
  translate(locale, plural("bookings.cancel.series", others), { count: others });

async function series(weeks: number) {
  const room = await makeRoom(ctx.werkplaats.id, { advanceDays: 120 });
  const booked = await bookRoom(ctx.werkplaats, actor(ctx.member, ["member"]), {
    roomId: room.id,
    date: inDays(7),
    startTime: "09:00",
    endTime: "10:00",
    repeat: "weeks",
    weeks,
    kind: "booking",
  });
  if (booked.status !== "booked") throw new Error("expected booked");
  return booked.bookingIds;
}

describe("cancelling the rest of a weekly series", () => {
  it.each([
    [2, 1, "Ook de andere keer van deze reeks annuleren"],
    [3, 2, "Ook de andere 2 keer van deze reeks annuleren"],
    [4, 3, "Ook de andere 3 keer van deze reeks annuleren"],
  ])("a series of %i counts %i other occurrences and cancels exactly those with this one", async (weeks, others, text) => {
    const ids = await series(weeks);
    const booking = await getBooking(ctx.werkplaats.id, actor(ctx.member, ["member"]), ids[0]!);
    expect(booking.seriesOthers).toBe(others);
    expect(label(booking.seriesOthers)).toBe(text);
    const cancelled = await cancelBooking(ctx.werkplaats, actor(ctx.member, ["member"]), ids[0]!, { series: true });
    expect(cancelled.count).toBe(others + 1);
  });

  it("counts from a later occurrence too, and says it in English", async () => {
    const ids = await series(3);
    const booking = await getBooking(ctx.werkplaats.id, actor(ctx.member, ["member"]), ids[1]!);
    expect(booking.seriesOthers).toBe(2);
    expect(label(booking.seriesOthers, "en")).toBe("Also cancel the other 2 times of this series");
    expect(label(1, "en")).toBe("Also cancel the other time of this series");
  });

  it("offers nothing to add for a single booking", async () => {
    const ids = await series(1);
    const booking = await getBooking(ctx.werkplaats.id, actor(ctx.member, ["member"]), ids[0]!);
    expect(booking.seriesOthers).toBe(0);
  });
});
