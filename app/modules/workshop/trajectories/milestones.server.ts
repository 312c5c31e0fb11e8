import { asc, eq } from "drizzle-orm";
import { rooms, trajectoryMilestones, type RoomRow } from "#db/schema";
import { bookingViolation } from "~/modules/rooms";
import { getRoom, holdRoomForEvent, takenError } from "~/modules/rooms/index.server";
import { db, PG, pgErrorOf } from "~/utils/db.server";
import { conflict, DomainError } from "~/utils/errors";
import { zonedToUtc } from "~/utils/zoned-time";
import { trajectoryFile } from "./trajectory.server";
import type { MilestoneInput } from "./trajectory.schema";

/** A trajectory's milestones in time order, with the room's name. */
export async function milestonesOf(trajectoryId: string) {
  return db
    .select({
      id: trajectoryMilestones.id,
      kind: trajectoryMilestones.kind,
      title: trajectoryMilestones.title,
      startsAt: trajectoryMilestones.startsAt,
      endsAt: trajectoryMilestones.endsAt,
      roomName: rooms.name,
    })
    .from(trajectoryMilestones)
    .leftJoin(rooms, eq(rooms.id, trajectoryMilestones.roomId))
    .where(eq(trajectoryMilestones.trajectoryId, trajectoryId))
    .orderBy(asc(trajectoryMilestones.startsAt));
}

/**
 * Schedules a kick-off, interim or final presentation. With a room it books it through the room
 * engine as an activity (kind `event`): the room's rules apply as for staff, and the exclusion
 * constraint refuses a clash, answered as the 409 a booking gets; the milestone is not saved then.
 */
export async function addMilestone(werkplaatsId: string, actorId: string, trajectoryId: string, input: MilestoneInput, now = new Date()) {
  const { trajectory } = await trajectoryFile(werkplaatsId, trajectoryId);
  if (trajectory.status === "closed") throw conflict("workshop.trajectory.errors.closed");
  const start = zonedToUtc(input.date, input.startTime);
  const end = zonedToUtc(input.date, input.endTime);
  let room: RoomRow | null = null;
  if (input.roomId) {
    room = await getRoom(werkplaatsId, input.roomId);
    const violation = bookingViolation(room, { start, end, now, asStaff: true, kind: "event" });
    if (violation) throw new DomainError(violation.status, violation.key, violation.vars, violation.field);
  } else if (start >= end) throw conflict("workshop.trajectory.errors.times", undefined, "endTime");
  try {
    await db.transaction(async (tx) => {
      const roomBookingId = room ? await holdRoomForEvent(tx, werkplaatsId, room, actorId, { start, end, title: input.title }) : null;
      await tx.insert(trajectoryMilestones).values({
        werkplaatsId,
        trajectoryId: trajectory.id,
        kind: input.kind,
        title: input.title,
        startsAt: start,
        endsAt: end,
        roomId: room?.id ?? null,
        roomBookingId,
      });
    });
  } catch (error) {
    if (room && pgErrorOf(error)?.code === PG.exclusionViolation) throw await takenError(room, start, end, "roomId");
    throw error;
  }
}
