import { eq } from "drizzle-orm";
import { roomBookings, type RoomRow } from "#db/schema";
import type { Tx } from "~/utils/db.server";
import { localMonthStart } from "~/utils/zoned-time";
import { blockedRange } from "./booking-rules";
import { lockRoom } from "./bookings.server";

/**
 * Takes (or moves) a room for an activity: an agenda event or a trajectory's milestone. The row
 * is a booking of kind `event`, so the same exclusion constraint refuses a clash; the caller
 * maps that error with `takenError`. `title` is what staff see on the calendar when no agenda
 * event carries the booking.
 */
export async function holdRoomForEvent(
  tx: Tx,
  werkplaatsId: string,
  room: RoomRow,
  actorId: string,
  slot: { start: Date; end: Date; title?: string },
  existingBookingId: string | null = null,
) {
  const { start, end } = slot;
  await lockRoom(tx, room.id);
  const range = blockedRange(room, start, end);
  const values = {
    roomId: room.id,
    startsAt: start,
    endsAt: end,
    ...range,
    ledgerMonth: localMonthStart(start),
    minutes: Math.round((end.getTime() - start.getTime()) / 60000),
  };
  if (existingBookingId) {
    const [row] = await tx
      .update(roomBookings)
      .set(values)
      .where(eq(roomBookings.id, existingBookingId))
      .returning({ id: roomBookings.id });
    if (row) return row.id;
  }
  const [row] = await tx
    .insert(roomBookings)
    .values({ ...values, werkplaatsId, kind: "event", bookedBy: actorId, title: slot.title ?? "" })
    .returning({ id: roomBookings.id });
  return row!.id;
}
