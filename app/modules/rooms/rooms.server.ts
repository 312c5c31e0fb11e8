import { and, asc, eq } from "drizzle-orm";
import { roomBookings, rooms, type OpeningHours, type RoomRow } from "#db/schema";
import { listPeople } from "~/modules/auth/index.server";
import { db, pgErrorOf, PG } from "~/utils/db.server";
import { conflict, notFound } from "~/utils/errors";
import { centsToInput } from "~/utils/money";
import { WEEKDAYS } from "./room-options";
import type { RoomFormInput } from "./rooms.schema";
import { isUuid } from "~/utils/ids";

export async function listRooms(werkplaatsId: string, options: { includeInactive?: boolean } = {}) {
  return db
    .select()
    .from(rooms)
    .where(and(eq(rooms.werkplaatsId, werkplaatsId), options.includeInactive ? undefined : eq(rooms.active, true)))
    .orderBy(asc(rooms.name));
}

export async function getRoom(werkplaatsId: string, roomId: string): Promise<RoomRow> {
  if (!isUuid(roomId)) throw notFound("rooms.notFound");
  const [room] = await db
    .select()
    .from(rooms)
    .where(and(eq(rooms.id, roomId), eq(rooms.werkplaatsId, werkplaatsId)));
  if (!room) throw notFound("rooms.notFound");
  return room;
}

function openingHoursFrom(input: RoomFormInput): OpeningHours {
  const hours: OpeningHours = {};
  const r = input as Record<string, unknown>;
  for (const d of WEEKDAYS) {
    const open = r[`open_${d}`] as string | undefined;
    const close = r[`close_${d}`] as string | undefined;
    if (open && close) hours[d] = { open, close };
  }
  return hours;
}

function valuesFrom(input: RoomFormInput) {
  return {
    name: input.name,
    description: input.description ?? "",
    capacity: input.capacity,
    amenities: input.amenities,
    memberHourlyCents: input.memberHourly,
    guestHourlyCents: input.guestHourly,
    openingHours: openingHoursFrom(input),
    minMinutes: input.minMinutes,
    maxMinutes: input.maxMinutes,
    bufferBeforeMinutes: input.bufferBeforeMinutes,
    bufferAfterMinutes: input.bufferAfterMinutes,
    advanceDays: input.advanceDays,
    cancelHours: input.cancelHours,
    bookableBy: input.bookableBy,
    active: input.active,
  };
}

function nameTaken(error: unknown, name: string): never {
  if (pgErrorOf(error)?.code === PG.uniqueViolation) throw conflict("rooms.error.nameTaken", { name }, "name");
  throw error;
}

export async function createRoom(werkplaatsId: string, input: RoomFormInput) {
  try {
    const [room] = await db
      .insert(rooms)
      .values({ werkplaatsId, ...valuesFrom(input) })
      .returning();
    return room!;
  } catch (error) {
    nameTaken(error, input.name);
  }
}

/** Rule changes apply to new bookings; existing ones keep the buffers they were made with. */
export async function updateRoom(werkplaatsId: string, roomId: string, input: RoomFormInput) {
  if (!isUuid(roomId)) throw notFound("rooms.notFound");
  try {
    const [room] = await db
      .update(rooms)
      .set(valuesFrom(input))
      .where(and(eq(rooms.id, roomId), eq(rooms.werkplaatsId, werkplaatsId)))
      .returning();
    if (!room) throw notFound("rooms.notFound");
    return room;
  } catch (error) {
    nameTaken(error, input.name);
  }
}

/** The room as the edit form shows it (cents as "25,00", hours as open_1 …). */
export function roomFormValues(room: RoomRow): Record<string, string | string[] | boolean> {
  const values: Record<string, string | string[] | boolean> = {
    name: room.name,
    description: room.description,
    capacity: String(room.capacity),
    amenities: room.amenities,
    memberHourly: centsToInput(room.memberHourlyCents),
    guestHourly: centsToInput(room.guestHourlyCents),
    minMinutes: String(room.minMinutes),
    maxMinutes: String(room.maxMinutes),
    bufferBeforeMinutes: String(room.bufferBeforeMinutes),
    bufferAfterMinutes: String(room.bufferAfterMinutes),
    advanceDays: String(room.advanceDays),
    cancelHours: String(room.cancelHours),
    bookableBy: room.bookableBy,
    active: room.active,
  };
  for (const d of WEEKDAYS) {
    values[`open_${d}`] = room.openingHours[d]?.open ?? "";
    values[`close_${d}`] = room.openingHours[d]?.close ?? "";
  }
  return values;
}

/** What the booking form offers: the rooms this person may book and, for staff, whom they can book for. */
export async function bookingFormOptions(werkplaatsId: string, staff: boolean) {
  const all = await listRooms(werkplaatsId);
  const roomOptions = all
    .filter((r) => staff || r.bookableBy === "members")
    .map((r) => ({
      id: r.id,
      name: r.name,
      capacity: r.capacity,
      memberHourlyCents: r.memberHourlyCents,
      guestHourlyCents: r.guestHourlyCents,
      minMinutes: r.minMinutes,
      maxMinutes: r.maxMinutes,
      cancelHours: r.cancelHours,
      openingHours: r.openingHours,
      bufferAfterMinutes: r.bufferAfterMinutes,
      bufferBeforeMinutes: r.bufferBeforeMinutes,
    }));
  const people = staff ? (await listPeople(werkplaatsId)).map((p) => ({ id: p.id, name: p.name, email: p.email })) : [];
  return { rooms: roomOptions, people };
}

/**
 * Removes a room that was never used. A room with bookings (also past or cancelled ones) stays
 * for the records and the invoices: switch it off instead.
 */
export async function deleteRoom(werkplaatsId: string, roomId: string) {
  if (!isUuid(roomId)) throw notFound("rooms.notFound");
  return db.transaction(async (tx) => {
    const [room] = await tx
      .select()
      .from(rooms)
      .where(and(eq(rooms.id, roomId), eq(rooms.werkplaatsId, werkplaatsId)))
      .for("update");
    if (!room) throw notFound("rooms.notFound");
    const [used] = await tx.select({ id: roomBookings.id }).from(roomBookings).where(eq(roomBookings.roomId, roomId)).limit(1);
    if (used) throw conflict("rooms.error.hasBookings", { name: room.name });
    await tx.delete(rooms).where(eq(rooms.id, roomId));
    return room.name;
  });
}
