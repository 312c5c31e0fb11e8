import { and, eq, ne } from "drizzle-orm";
import { events, roomBookings, type RoomRow } from "#db/schema";
import { holdRoomForEvent } from "~/modules/rooms/index.server";
import type { Tx } from "~/utils/db.server";
import { notFound } from "~/utils/errors";

/** What another record (a trajectory's milestone) puts in the agenda. Times are instants; the caller checked the room's rules. */
export type OwnedActivity = {
  title: string;
  description: string;
  themes: string[];
  start: Date;
  end: Date;
  room: RoomRow | null;
};

/** Team sessions are not sold or opened for registration; the number is only the events table's required capacity. */
const TEAM_SESSION_CAPACITY = 30;

/**
 * Puts a record's activity in the agenda, or moves it there: an event of kind `workshop` for the
 * students, kept as a draft so neither the public agenda nor members see whose session it is
 * (staff may publish it, e.g. an open final presentation). With a room it holds a booking through
 * the room engine in the caller's transaction, so the exclusion constraint refuses a clash and the
 * caller's whole change rolls back; without a room a booking it held is cancelled.
 */
export async function scheduleOwnedActivity(
  tx: Tx,
  werkplaatsId: string,
  actorId: string,
  activity: OwnedActivity,
  eventId: string | null = null,
): Promise<{ eventId: string; roomBookingId: string | null }> {
  const { start, end, room } = activity;
  const values = {
    titleNl: activity.title,
    descriptionNl: activity.description,
    themes: activity.themes,
    startsAt: start,
    endsAt: end,
    roomId: room?.id ?? null,
    updatedAt: new Date(),
  };
  if (!eventId) {
    const roomBookingId = room ? await holdRoomForEvent(tx, werkplaatsId, room, actorId, { start, end, title: activity.title }) : null;
    const [event] = await tx
      .insert(events)
      .values({
        ...values,
        werkplaatsId,
        kind: "workshop",
        audiences: ["students"],
        capacity: Math.min(room?.capacity ?? TEAM_SESSION_CAPACITY, 10000),
        roomBookingId,
        createdBy: actorId,
        status: "draft",
      })
      .returning({ id: events.id });
    return { eventId: event!.id, roomBookingId };
  }
  const [event] = await tx
    .select({ id: events.id, roomBookingId: events.roomBookingId })
    .from(events)
    .where(and(eq(events.id, eventId), eq(events.werkplaatsId, werkplaatsId)))
    .for("update");
  if (!event) throw notFound("events.notFound");
  let roomBookingId: string | null = null;
  if (room)
    roomBookingId = await holdRoomForEvent(tx, werkplaatsId, room, actorId, { start, end, title: activity.title }, event.roomBookingId);
  else if (event.roomBookingId) await freeBooking(tx, event.roomBookingId, actorId, new Date());
  await tx
    .update(events)
    .set({ ...values, roomBookingId })
    .where(eq(events.id, event.id));
  return { eventId: event.id, roomBookingId };
}

/** Cancels a record's activity and frees its room; an activity already cancelled stays as it is. */
export async function cancelOwnedActivity(tx: Tx, werkplaatsId: string, actorId: string, eventId: string, now = new Date()) {
  const [event] = await tx
    .update(events)
    .set({ status: "cancelled", cancelledAt: now, updatedAt: now })
    .where(and(eq(events.id, eventId), eq(events.werkplaatsId, werkplaatsId), ne(events.status, "cancelled")))
    .returning({ roomBookingId: events.roomBookingId });
  if (event?.roomBookingId) await freeBooking(tx, event.roomBookingId, actorId, now);
}

async function freeBooking(tx: Tx, bookingId: string, actorId: string, now: Date) {
  await tx.update(roomBookings).set({ status: "cancelled", cancelledAt: now, cancelledBy: actorId }).where(eq(roomBookings.id, bookingId));
}
