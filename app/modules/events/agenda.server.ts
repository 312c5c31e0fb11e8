import { and, arrayContains, asc, eq, gte, inArray } from "drizzle-orm";
import { eventImages, events, rooms } from "#db/schema";
import { db } from "~/utils/db.server";
import { notFound } from "~/utils/errors";
import { placesLeft, registrationState, type EventKind, type Theme } from "./event-rules";
import { registrationCounts } from "./events.server";
import { memberRegistration } from "./registration-pages.server";
import { isUuid } from "~/utils/ids";
import { eventImagePath } from "./event-images.server";

/** The public agenda: published events that have not ended, optionally by theme and kind. */
export async function publicAgenda(werkplaatsId: string, filter: { theme?: Theme; kind?: EventKind }, now = new Date()) {
  const rows = await db
    .select({ event: events, roomName: rooms.name, imageAt: eventImages.updatedAt })
    .from(events)
    .leftJoin(rooms, eq(rooms.id, events.roomId))
    .leftJoin(eventImages, eq(eventImages.eventId, events.id))
    .where(
      and(
        eq(events.werkplaatsId, werkplaatsId),
        inArray(events.status, ["published", "cancelled"]),
        gte(events.endsAt, now),
        filter.theme ? arrayContains(events.themes, [filter.theme]) : undefined,
        filter.kind ? eq(events.kind, filter.kind) : undefined,
      ),
    )
    .orderBy(asc(events.startsAt))
    .limit(100);
  const counts = await registrationCounts(
    db,
    rows.map((r) => r.event.id),
  );
  return rows.map(({ event, roomName, imageAt }) => {
    const taken = (counts.get(event.id)?.registered ?? 0) + (counts.get(event.id)?.held ?? 0);
    return {
      id: event.id,
      kind: event.kind,
      titleNl: event.titleNl,
      titleEn: event.titleEn,
      descriptionNl: event.descriptionNl,
      descriptionEn: event.descriptionEn,
      themes: event.themes,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      roomName,
      image: eventImagePath(event.id, imageAt),
      online: Boolean(event.onlineUrl),
      priceCents: event.priceCents,
      status: event.status,
      placesLeft: placesLeft(event.capacity, taken),
      state: registrationState(event, taken, now),
    };
  });
}

/**
 * One published (or cancelled) event for its public page; drafts do not exist for the public.
 * Staff may preview a draft (`preview`): the page as it will look once published.
 */
export async function publicEvent(werkplaatsId: string, eventId: string, now = new Date(), preview = false) {
  if (!isUuid(eventId)) throw notFound("events.notFound");
  const [row] = await db
    .select({ event: events, roomName: rooms.name, imageAt: eventImages.updatedAt })
    .from(events)
    .leftJoin(rooms, eq(rooms.id, events.roomId))
    .leftJoin(eventImages, eq(eventImages.eventId, events.id))
    .where(and(eq(events.id, eventId), eq(events.werkplaatsId, werkplaatsId)));
  if (!row || (row.event.status === "draft" && !preview)) throw notFound("events.notFound");
  const counts = (await registrationCounts(db, [eventId])).get(eventId) ?? { registered: 0, waitlisted: 0, checkedIn: 0, held: 0 };
  const e = row.event;
  return {
    id: e.id,
    kind: e.kind,
    titleNl: e.titleNl,
    titleEn: e.titleEn,
    descriptionNl: e.descriptionNl,
    descriptionEn: e.descriptionEn,
    themes: e.themes,
    audiences: e.audiences,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    roomName: row.roomName,
    image: eventImagePath(e.id, row.imageAt),
    // Whether it is online, never the join link: that is for attendees only (ticket, private feed, email).
    online: Boolean(e.onlineUrl),
    speakers: e.speakers.map((s) => ({ name: s.name, organisation: s.organisation })),
    priceCents: e.priceCents,
    capacity: e.capacity,
    status: e.status,
    registrationOpensAt: e.registrationOpensAt,
    registrationClosesAt: e.registrationClosesAt,
    registered: counts.registered,
    waitlisted: counts.waitlisted,
    placesLeft: placesLeft(e.capacity, counts.registered + counts.held),
    state: registrationState(e, counts.registered + counts.held, now),
  };
}

/** The public event page: the event and, for a logged-in person, their own registration. */
export async function eventPage(werkplaatsId: string, eventId: string, userId: string | null, preview = false) {
  const event = await publicEvent(werkplaatsId, eventId, new Date(), preview);
  const mine = userId ? await memberRegistration(userId, eventId) : null;
  return { event, mine: mine ? { status: mine.status, position: mine.position, token: mine.token } : null };
}
