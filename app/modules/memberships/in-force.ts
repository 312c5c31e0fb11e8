import type { IsoDate } from "~/utils/calendar";

/**
 * "In force" for a membership: approved, started, not ended and not paused. The SQL predicate in
 * in-force.server.ts says the same for queries; keep the two in step.
 *
 * Over a range of days it means in force on at least one of them: approved, started by `to`, not
 * ended before `from`, and no single pause covering the whole range. `to = null` leaves the range
 * open: approved and not ended before `from` (a pause always ends, so it never covers that).
 */
export function isInForce(
  m: { status: string; startDate: IsoDate; endDate: IsoDate | null },
  pauses: readonly { startsOn: IsoDate; endsOn: IsoDate }[],
  from: IsoDate,
  to: IsoDate | null = from,
): boolean {
  if (m.status !== "active") return false;
  if (m.endDate !== null && m.endDate < from) return false;
  if (to === null) return true;
  if (m.startDate > to) return false;
  return !pauses.some((p) => p.startsOn <= from && p.endsOn >= to);
}
