import { and, eq, gte, inArray, sql } from "drizzle-orm";
import { events, rooms } from "#db/schema";
import { db } from "~/utils/db.server";

const FEED_DAYS_BACK = 30;

/**
 * What the public agenda and its iCal feed show, as one short text that changes whenever they
 * would: every field of the events in the feed's window (their room's name, their picture), the places
 * taken and held, and how many have not ended yet (the agenda drops an event when it ends).
 * One aggregate query, so a repeat visit is answered 304 without reading or rendering the page.
 */
export async function publicAgendaVersion(werkplaatsId: string, now = new Date()): Promise<string> {
  const [row] = await db
    .select({
      version: sql<string>`md5(coalesce(string_agg(${events}::text || '|' || coalesce(${rooms.name}, '') || '|' || (
          select count(*) filter (where r.status = 'registered') || '/' || count(*) filter (where r.status = 'waitlisted')
          from registrations r where r.event_id = ${events.id}
        ) || '|' || coalesce((select i.updated_at::text from event_images i where i.event_id = ${events.id}), '') || '|' || (
          select count(*) from sale_holds h where h.event_id = ${events.id} and h.status = 'pending' and h.expires_at > ${now.toISOString()}::timestamptz
        ), ';' order by ${events.id}), '')) || '-' || count(*) filter (where ${events.endsAt} >= ${now.toISOString()}::timestamptz)`,
    })
    .from(events)
    .leftJoin(rooms, eq(rooms.id, events.roomId))
    .where(
      and(
        eq(events.werkplaatsId, werkplaatsId),
        inArray(events.status, ["published", "cancelled"]),
        gte(events.endsAt, new Date(now.getTime() - FEED_DAYS_BACK * 86_400_000)),
      ),
    );
  return row?.version ?? "";
}
