import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { calendarVersions } from "#db/schema";
import { connectedDatabase, db } from "~/utils/db.server";
import { TIME_ZONE } from "~/utils/zoned-time";
import { isStaff, type Actor } from "./bookings.server";
import { calendarItems } from "./calendar-items.server";

/** The calendar's answer: the JSON text and its entity tag, a hash of the text (weak: compressed or not, it is the same answer). */
export type CalendarJson = { body: string; etag: string };

type Kept = CalendarJson & { version: number };

// The answers kept in this process, least recently used first (a Map keeps insertion order).
// Bounded by size: a week of 500 items is about 130 KB of JSON.
const MAX_BYTES = 16 * 1024 * 1024;
const kept = new Map<string, Kept>();
let keptBytes = 0;
let keptFor: object | undefined;

/**
 * The calendar JSON for a range, built once per version of the werkplaats's calendar data
 * (decision 091). Every request reads the version from the database first (one primary-key
 * read), so a change committed by any instance is seen by the next request everywhere; process
 * memory only saves rebuilding an answer whose data has not changed since. The version is read
 * before the rows, so a kept answer is never older than the version it is kept under.
 * Kept per viewer: what an item says depends on who asks ("own", names for staff only).
 */
export async function calendarJson(
  werkplaatsId: string,
  actor: Actor,
  range: { start: Date; end: Date; roomId?: string; eventsOnly?: boolean },
  zone = TIME_ZONE,
): Promise<CalendarJson> {
  const database = connectedDatabase();
  if (keptFor !== database) forgetCalendarAnswers(database);
  const version = await calendarVersion(werkplaatsId);
  const key = [
    werkplaatsId,
    actor.id,
    isStaff(actor.roles) ? "staff" : "member",
    range.start.toISOString(),
    range.end.toISOString(),
    range.roomId ?? "",
    range.eventsOnly ? "events" : "all",
    zone,
  ].join("|");
  const hit = kept.get(key);
  if (hit && hit.version === version) {
    kept.delete(key);
    kept.set(key, hit);
    return hit;
  }
  const body = JSON.stringify(await calendarItems(werkplaatsId, actor, range, zone));
  const answer: Kept = { version, body, etag: `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"` };
  // A request that read an older version while another kept a newer answer leaves that one.
  if (!hit || hit.version < version) keep(key, answer);
  return answer;
}

async function calendarVersion(werkplaatsId: string): Promise<number> {
  const [row] = await db
    .select({ version: calendarVersions.version })
    .from(calendarVersions)
    .where(eq(calendarVersions.werkplaatsId, werkplaatsId));
  return row?.version ?? 0;
}

function keep(key: string, answer: Kept) {
  const old = kept.get(key);
  if (old) {
    keptBytes -= old.body.length;
    kept.delete(key);
  }
  kept.set(key, answer);
  keptBytes += answer.body.length;
  for (const [oldest, entry] of kept) {
    if (keptBytes <= MAX_BYTES || oldest === key) break;
    kept.delete(oldest);
    keptBytes -= entry.body.length;
  }
}

/** Empties the kept answers (another database was connected: tests, db:seed). */
function forgetCalendarAnswers(database: object | undefined) {
  kept.clear();
  keptBytes = 0;
  keptFor = database;
}
