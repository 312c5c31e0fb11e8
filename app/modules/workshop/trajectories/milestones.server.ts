import { and, asc, eq, inArray } from "drizzle-orm";
import { rooms, trajectories, trajectoryMilestones, type RoomRow } from "#db/schema";
import { cancelOwnedActivity, scheduleOwnedActivity } from "~/modules/events/index.server";
import { bookingViolation } from "~/modules/rooms";
import { getRoom, takenError } from "~/modules/rooms/index.server";
import { db, PG, pgErrorOf } from "~/utils/db.server";
import { conflict, DomainError, notFound } from "~/utils/errors";
import { isUuid } from "~/utils/ids";
import { zonedToUtc } from "~/utils/zoned-time";
import { trajectoryFile } from "./trajectory.server";
import type { MilestoneInput, MilestoneMoveInput } from "./trajectory.schema";

/** A trajectory's milestones in time order, with the room's name and the date and times as the move form takes them. */
export async function milestonesOf(trajectoryId: string) {
  return db
    .select({
      id: trajectoryMilestones.id,
      kind: trajectoryMilestones.kind,
      title: trajectoryMilestones.title,
      startsAt: trajectoryMilestones.startsAt,
      endsAt: trajectoryMilestones.endsAt,
      roomId: trajectoryMilestones.roomId,
      roomName: rooms.name,
      eventId: trajectoryMilestones.eventId,
    })
    .from(trajectoryMilestones)
    .leftJoin(rooms, eq(rooms.id, trajectoryMilestones.roomId))
    .where(eq(trajectoryMilestones.trajectoryId, trajectoryId))
    .orderBy(asc(trajectoryMilestones.startsAt));
}

/** The slot in UTC and the room, checked against the room's rules as staff book (before any transaction). */
async function slotOf(werkplaatsId: string, input: { date: string; startTime: string; endTime: string; roomId?: string }, now: Date) {
  const start = zonedToUtc(input.date, input.startTime);
  const end = zonedToUtc(input.date, input.endTime);
  let room: RoomRow | null = null;
  if (input.roomId) {
    room = await getRoom(werkplaatsId, input.roomId);
    const violation = bookingViolation(room, { start, end, now, asStaff: true, kind: "event" });
    if (violation) throw new DomainError(violation.status, violation.key, violation.vars, violation.field);
  } else if (start >= end) throw conflict("workshop.trajectory.errors.times", undefined, "endTime");
  return { start, end, room };
}

/** Runs a milestone's change; the exclusion constraint's refusal becomes the 409 a booking gets, and nothing is kept. */
async function withRoomClash<T>(slot: { start: Date; end: Date; room: RoomRow | null }, work: () => Promise<T>) {
  try {
    return await work();
  } catch (error) {
    if (slot.room && pgErrorOf(error)?.code === PG.exclusionViolation) throw await takenError(slot.room, slot.start, slot.end, "roomId");
    throw error;
  }
}

/**
 * Schedules a kick-off, interim or final presentation as an activity in the agenda (through the
 * events module), which with a room books it through the room engine: the milestone, its activity
 * and its booking are made in one transaction, so a clash leaves none of them.
 */
export async function addMilestone(werkplaatsId: string, actorId: string, trajectoryId: string, input: MilestoneInput, now = new Date()) {
  const { trajectory } = await trajectoryFile(werkplaatsId, trajectoryId);
  if (trajectory.status === "closed") throw conflict("workshop.trajectory.errors.closed");
  const slot = await slotOf(werkplaatsId, input, now);
  const activity = { title: input.title, description: trajectory.title, themes: trajectory.themes, ...slot };
  await withRoomClash(slot, () =>
    db.transaction(async (tx) => {
      const { eventId, roomBookingId } = await scheduleOwnedActivity(tx, werkplaatsId, actorId, activity);
      await tx.insert(trajectoryMilestones).values({
        werkplaatsId,
        trajectoryId: trajectory.id,
        kind: input.kind,
        title: input.title,
        startsAt: slot.start,
        endsAt: slot.end,
        roomId: slot.room?.id ?? null,
        roomBookingId,
        eventId,
      });
    }),
  );
}

/** The milestone of this trajectory, locked for its change; another trajectory's (or werkplaats's) is a 404. */
async function lockMilestone(tx: Parameters<Parameters<typeof db.transaction>[0]>[0], trajectoryId: string, milestoneId: string) {
  const [milestone] = await tx
    .select()
    .from(trajectoryMilestones)
    .where(and(eq(trajectoryMilestones.id, milestoneId), eq(trajectoryMilestones.trajectoryId, trajectoryId)))
    .for("update");
  if (!milestone) throw notFound();
  return milestone;
}

/**
 * Moves a milestone to another day, time or room, and its activity and booking with it, in one
 * transaction: a clash in the new room keeps the old time, room and booking.
 */
export async function moveMilestone(
  werkplaatsId: string,
  actorId: string,
  trajectoryId: string,
  input: MilestoneMoveInput,
  now = new Date(),
) {
  const { trajectory } = await trajectoryFile(werkplaatsId, trajectoryId);
  if (!isUuid(input.milestoneId)) throw notFound();
  if (trajectory.status === "closed") throw conflict("workshop.trajectory.errors.closed");
  const slot = await slotOf(werkplaatsId, input, now);
  await withRoomClash(slot, () =>
    db.transaction(async (tx) => {
      const milestone = await lockMilestone(tx, trajectory.id, input.milestoneId);
      const activity = { title: milestone.title, description: trajectory.title, themes: trajectory.themes, ...slot };
      const { eventId, roomBookingId } = await scheduleOwnedActivity(tx, werkplaatsId, actorId, activity, milestone.eventId);
      await tx
        .update(trajectoryMilestones)
        .set({ startsAt: slot.start, endsAt: slot.end, roomId: slot.room?.id ?? null, roomBookingId, eventId })
        .where(eq(trajectoryMilestones.id, milestone.id));
    }),
  );
}

/** Cancels a milestone: it leaves the trajectory, its activity is cancelled and its room freed, together. */
export async function cancelMilestone(werkplaatsId: string, actorId: string, trajectoryId: string, milestoneId: string, now = new Date()) {
  const { trajectory } = await trajectoryFile(werkplaatsId, trajectoryId);
  if (!isUuid(milestoneId)) throw notFound();
  if (trajectory.status === "closed") throw conflict("workshop.trajectory.errors.closed");
  await db.transaction(async (tx) => {
    const milestone = await lockMilestone(tx, trajectory.id, milestoneId);
    await tx.delete(trajectoryMilestones).where(eq(trajectoryMilestones.id, milestone.id));
    if (milestone.eventId) await cancelOwnedActivity(tx, werkplaatsId, actorId, milestone.eventId, now);
  });
}

/**
 * Which of these activities are a trajectory's milestone, with the trajectory: the staff agenda labels
 * them so a milestone's draft activity is not taken for a forgotten one (decision 083).
 */
export async function milestoneActivities(werkplaatsId: string, eventIds: string[]) {
  if (eventIds.length === 0) return [];
  return db
    .select({ eventId: trajectoryMilestones.eventId, trajectoryId: trajectories.id, trajectoryTitle: trajectories.title })
    .from(trajectoryMilestones)
    .innerJoin(trajectories, eq(trajectories.id, trajectoryMilestones.trajectoryId))
    .where(and(eq(trajectoryMilestones.werkplaatsId, werkplaatsId), inArray(trajectoryMilestones.eventId, eventIds)));
}
