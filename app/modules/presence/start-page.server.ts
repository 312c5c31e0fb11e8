import { and, eq, sql } from "drizzle-orm";
import { areas, checkIns, flexReservations } from "#db/schema";
import type { IsoDate } from "~/utils/calendar";
import { db } from "~/utils/db.server";
import { jsonList } from "~/utils/sql";

type NextReservation = { id: string; day: IsoDate; area: string };

/**
 * What the member's start page shows of presence: their next few reservations from today on and
 * today's check-in, in ONE statement. On PGlite the page's statements run one after another,
 * each with a fixed cost whatever it asks, so the most visited page asks as few as it can.
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
  const [row] = await db
    .select({
      next,
      checkInId: checkIns.id,
      checkedInAt: checkIns.checkedInAt,
      checkedOutAt: checkIns.checkedOutAt,
      method: checkIns.method,
    })
    .from(sql`(select 1) as one`)
    .leftJoin(checkIns, and(eq(checkIns.werkplaatsId, werkplaatsId), eq(checkIns.userId, userId), eq(checkIns.day, today)));
  return {
    next: jsonList<NextReservation>(row?.next),
    checkIn:
      row?.checkInId && row.checkedInAt
        ? { id: row.checkInId, checkedInAt: row.checkedInAt, checkedOutAt: row.checkedOutAt, method: row.method }
        : null,
  };
}
