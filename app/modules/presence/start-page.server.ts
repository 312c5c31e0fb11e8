import { sql } from "drizzle-orm";
import { areas, checkIns, flexReservations } from "#db/schema";
import { batchedValue } from "~/utils/batched-values.server";
import type { IsoDate } from "~/utils/calendar";
import { jsonList, jsonValue } from "~/utils/sql";

type NextReservation = { id: string; day: IsoDate; area: string };
type CheckInRow = { id: string; checkedInAt: string; checkedOutAt: string | null; method: (typeof checkIns.$inferSelect)["method"] };

/**
 * What the member's start page shows of presence: their next few reservations from today on and
 * today's check-in, as two values of the start page's one shared statement (`batchedValue`). On
 * PGlite the page's statements run one after another, each with a fixed cost whatever it asks,
 * so the most visited page asks as few as it can.
 */
export async function presenceOnStartPage(werkplaatsId: string, userId: string, today: IsoDate, limit: number) {
  const next = sql<NextReservation[]>`(
    select coalesce(json_agg(json_build_object('id', r.id, 'day', r.day, 'area', r.area) order by r.day), '[]'::json)
    from (
      select fr.id, fr.day, a.name as area
      from ${flexReservations} fr join ${areas} a on a.id = fr.area_id
      where fr.werkplaats_id = ${werkplaatsId} and fr.user_id = ${userId} and fr.status = 'reserved' and fr.day >= ${today}::date
      order by fr.day
      limit ${limit}
    ) r
  )`;
  const today_ = sql`(
    select json_build_object('id', c.id, 'checkedInAt', c.checked_in_at, 'checkedOutAt', c.checked_out_at, 'method', c.method)
    from ${checkIns} c
    where c.werkplaats_id = ${werkplaatsId} and c.user_id = ${userId} and c.day = ${today}::date
    limit 1
  )`;
  // Two values in the start page's shared statement (batchedValue), beside the other modules'.
  const [nextValue, checkInValue] = await Promise.all([batchedValue(next), batchedValue(today_)]);
  const checkIn = jsonValue<CheckInRow>(checkInValue);
  return {
    next: jsonList<NextReservation>(nextValue),
    checkIn: checkIn
      ? {
          id: checkIn.id,
          checkedInAt: new Date(checkIn.checkedInAt),
          checkedOutAt: checkIn.checkedOutAt ? new Date(checkIn.checkedOutAt) : null,
          method: checkIn.method,
        }
      : null,
  };
}
