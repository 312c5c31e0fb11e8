import type { Message } from "~/utils/errors";
import { minutesOf, toLocalParts } from "~/utils/zoned-time";

/** The part of a room that decides whether a booking is allowed. */
export type RoomRules = {
  openingHours: Partial<Record<string, { open: string; close: string }>>;
  minMinutes: number;
  maxMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  advanceDays: number;
  cancelHours: number;
  bookableBy: "members" | "staff" | string;
  active: boolean;
};

const GRANULARITY_MINUTES = 15;

export type BookingRequest = {
  start: Date;
  end: Date;
  now: Date;
  /** Staff and managers may book staff-only rooms and beyond the advance window. */
  asStaff: boolean;
  /** A block (maintenance) or an event ignores opening hours and duration limits. */
  kind: "booking" | "block" | "event";
};

export type RuleViolation = Message & { field?: string; status: 400 | 403 | 409 };

const v = (key: string, vars?: Message["vars"], field?: string, status: 400 | 403 | 409 = 400): RuleViolation => ({
  key,
  vars,
  field,
  status,
});

/**
 * Why a booking may not be made, or null when it may. Checked in the order a person thinks:
 * the times themselves, then the room's rules. Overlaps are left to the database.
 */
export function bookingViolation(room: RoomRules, req: BookingRequest): RuleViolation | null {
  const { start, end, now } = req;
  if (!(end.getTime() > start.getTime())) return v("bookings.error.endBeforeStart", undefined, "endTime");
  if (start.getTime() < now.getTime()) return v("bookings.error.inPast", undefined, "startTime");
  if (!room.active) return v("bookings.error.roomInactive", undefined, "roomId", 409);
  if (room.bookableBy === "staff" && !req.asStaff) return v("bookings.error.staffOnly", undefined, "roomId", 403);
  const minutes = Math.round((end.getTime() - start.getTime()) / 60000);
  const s = toLocalParts(start);
  const e = toLocalParts(end);
  if (s.minutes % GRANULARITY_MINUTES !== 0 || e.minutes % GRANULARITY_MINUTES !== 0) {
    return v("bookings.error.granularity", { minutes: GRANULARITY_MINUTES }, "startTime");
  }
  if (req.kind !== "booking") return null;
  if (minutes < room.minMinutes) return v("bookings.error.tooShort", { minutes: room.minMinutes }, "endTime");
  if (minutes > room.maxMinutes) return v("bookings.error.tooLong", { minutes: room.maxMinutes }, "endTime");
  const hours = room.openingHours[String(s.weekday)];
  const sameDay = s.date === e.date || (e.minutes === 0 && minutes <= 24 * 60 && s.date < e.date);
  const endMinutes = s.date === e.date ? e.minutes : 24 * 60;
  if (!hours) return v("bookings.error.closedDay", undefined, "date");
  if (!sameDay || s.minutes < minutesOf(hours.open) || endMinutes > minutesOf(hours.close)) {
    return v("bookings.error.outsideHours", { open: hours.open, close: hours.close }, "startTime");
  }
  if (!req.asStaff && start.getTime() > now.getTime() + room.advanceDays * 86400_000) {
    return v("bookings.error.tooFarAhead", { days: room.advanceDays }, "date");
  }
  return null;
}

/** The time the room is taken including its buffers: what the exclusion constraint compares. */
export function blockedRange(room: Pick<RoomRules, "bufferBeforeMinutes" | "bufferAfterMinutes">, start: Date, end: Date) {
  return {
    blockedFrom: new Date(start.getTime() - room.bufferBeforeMinutes * 60000),
    blockedUntil: new Date(end.getTime() + room.bufferAfterMinutes * 60000),
  };
}

/** Whether two bookings (with their buffers) would clash: half-open ranges, as in the database. */
export function rangesOverlap(a: { from: Date; until: Date }, b: { from: Date; until: Date }) {
  return a.from.getTime() < b.until.getTime() && b.from.getTime() < a.until.getTime();
}

/** The last moment to cancel without keeping the charge. */
export function cancellationDeadline(start: Date, cancelHours: number): Date {
  return new Date(start.getTime() - cancelHours * 3600_000);
}
