import { and, eq, gte, isNotNull, isNull, lt } from "drizzle-orm";
import { consultationSlots, events, registrations } from "#db/schema";
import { db } from "~/utils/db.server";

/** One person at one activity: who (email, organisation as typed) and what (kind and themes). */
export type ActivityVisit = { kind: string; themes: string[]; email: string; organisation: string | null };

/**
 * Everyone an activity reached in a stretch of time (instants, so the caller decides the days in
 * its zone): the registered places at published events that started in it, and the spreekuren
 * booked in it (kind `spreekuur`). Cancelled places and cancelled events reached nobody.
 */
export async function activityVisits(werkplaatsId: string, from: Date, until: Date): Promise<ActivityVisit[]> {
  const [atEvents, atSpreekuren] = await Promise.all([
    db
      .select({ kind: events.kind, themes: events.themes, email: registrations.email, organisation: registrations.organisation })
      .from(registrations)
      .innerJoin(events, eq(events.id, registrations.eventId))
      .where(
        and(
          eq(events.werkplaatsId, werkplaatsId),
          eq(events.status, "published"),
          eq(registrations.status, "registered"),
          gte(events.startsAt, from),
          lt(events.startsAt, until),
        ),
      ),
    db
      .select({ email: consultationSlots.bookerEmail, organisation: consultationSlots.bookerOrganisation })
      .from(consultationSlots)
      .where(
        and(
          eq(consultationSlots.werkplaatsId, werkplaatsId),
          isNotNull(consultationSlots.bookedAt),
          isNull(consultationSlots.cancelledAt),
          gte(consultationSlots.startsAt, from),
          lt(consultationSlots.startsAt, until),
        ),
      ),
  ]);
  return [
    ...atEvents,
    ...atSpreekuren.map((s) => ({ kind: "spreekuur", themes: [], email: s.email!.toLowerCase(), organisation: s.organisation })),
  ];
}
