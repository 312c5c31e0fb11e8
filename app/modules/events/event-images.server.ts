import { and, eq, ne, sql } from "drizzle-orm";
import { eventImages, events } from "#db/schema";
import { sniffImageType } from "~/modules/directory";
import { db } from "~/utils/db.server";
import { invalid, notFound } from "~/utils/errors";
import { isUuid } from "~/utils/ids";

/** An event's picture may be this large; the database refuses anything larger too. */
export const MAX_EVENT_IMAGE_BYTES = 1024 * 1024;

/**
 * Stores (or, with null, removes) the picture of one of this werkplaats's events. The type is
 * read from the bytes, not from what the browser claims; another werkplaats's event is not found.
 */
export async function saveEventImage(werkplaatsId: string, eventId: string, bytes: Uint8Array | null) {
  if (!isUuid(eventId)) throw notFound("events.notFound");
  const [event] = await db
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.id, eventId), eq(events.werkplaatsId, werkplaatsId)));
  if (!event) throw notFound("events.notFound");
  if (bytes === null) {
    await db.delete(eventImages).where(eq(eventImages.eventId, eventId));
    return;
  }
  if (bytes.length === 0) throw invalid("events.image.missing", undefined, "image");
  if (bytes.length > MAX_EVENT_IMAGE_BYTES) throw invalid("events.image.tooLarge", { kb: MAX_EVENT_IMAGE_BYTES / 1024 }, "image");
  const contentType = sniffImageType(bytes);
  if (!contentType) throw invalid("events.image.type", undefined, "image");
  const data = Buffer.from(bytes);
  await db
    .insert(eventImages)
    .values({ eventId, werkplaatsId, contentType, data })
    .onConflictDoUpdate({ target: eventImages.eventId, set: { contentType, data, updatedAt: sql`now()` } });
}

/** The picture of an event: for the public only a published or cancelled event's, for staff also a draft's. */
export async function eventImage(werkplaatsId: string, eventId: string, audience: "public" | "staff") {
  if (!isUuid(eventId)) throw notFound("events.notFound");
  const [row] = await db
    .select({ contentType: eventImages.contentType, data: eventImages.data, updatedAt: eventImages.updatedAt })
    .from(eventImages)
    .innerJoin(events, eq(events.id, eventImages.eventId))
    .where(
      and(
        eq(eventImages.eventId, eventId),
        eq(events.werkplaatsId, werkplaatsId),
        audience === "public" ? ne(events.status, "draft") : undefined,
      ),
    );
  if (!row) throw notFound("events.notFound");
  return row;
}

/** The address of an event's picture, or null without one (for staff: the event is already theirs). */
export async function eventImageOf(eventId: string) {
  const [row] = await db.select({ updatedAt: eventImages.updatedAt }).from(eventImages).where(eq(eventImages.eventId, eventId));
  return eventImagePath(eventId, row?.updatedAt ?? null);
}

/** Where an event's picture is served, with its version so a new picture is not hidden by a cache. */
export function eventImagePath(eventId: string, updatedAt: Date | null) {
  return updatedAt ? `/events/${eventId}/image?v=${updatedAt.getTime()}` : null;
}
