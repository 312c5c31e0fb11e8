import { and, asc, desc, eq, gte, inArray, ne, sql } from "drizzle-orm";
import { agreementActivities, events, partnerAgreements, partners, registrations } from "#db/schema";
import { db } from "~/utils/db.server";
import { notFound } from "~/utils/errors";
import { TIME_ZONE, toLocalParts } from "~/utils/zoned-time";
import type { ActivityLinkInput, ActivityUnlinkInput } from "../partners.schema";

/** The agreement of this partner in this werkplaats, or 404: a manager cannot reach another werkplaats's agreement by its id. */
async function ownAgreement(werkplaatsId: string, partnerId: string, agreementId: string) {
  const [row] = await db
    .select({ id: partnerAgreements.id })
    .from(partnerAgreements)
    .where(
      and(
        eq(partnerAgreements.id, agreementId),
        eq(partnerAgreements.partnerId, partnerId),
        eq(partnerAgreements.werkplaatsId, werkplaatsId),
      ),
    );
  if (!row) throw notFound();
}

/**
 * Names an activity an agreement supports and what the partner gets there; naming it again
 * changes only what the partner gets. The activity must be of the same werkplaats (checked here
 * for a clear 404, and by the composite foreign key whatever the code does).
 */
export async function linkActivity(werkplaatsId: string, partnerId: string, input: ActivityLinkInput) {
  await ownAgreement(werkplaatsId, partnerId, input.agreementId);
  const [event] = await db
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.id, input.eventId), eq(events.werkplaatsId, werkplaatsId)));
  if (!event) throw notFound();
  await db
    .insert(agreementActivities)
    .values({ werkplaatsId, agreementId: input.agreementId, eventId: input.eventId, role: input.role })
    .onConflictDoUpdate({ target: [agreementActivities.agreementId, agreementActivities.eventId], set: { role: input.role } });
}

export async function unlinkActivity(werkplaatsId: string, partnerId: string, input: ActivityUnlinkInput) {
  await ownAgreement(werkplaatsId, partnerId, input.agreementId);
  await db
    .delete(agreementActivities)
    .where(and(eq(agreementActivities.agreementId, input.agreementId), eq(agreementActivities.eventId, input.eventId)));
}

/** People registered (not waitlisted, not cancelled) for an activity: its reach as the partner reads it. */
const reach = sql<number>`(select count(*) from ${registrations} r where r.event_id = ${events.id} and r.status = 'registered')::int`;

export type SupportedActivity = Awaited<ReturnType<typeof activitiesOfAgreements>>[number];

/** The activities these agreements support, with their day (in the werkplaats's zone), kind, status and reach, oldest first. */
export async function activitiesOfAgreements(werkplaatsId: string, agreementIds: string[], zone = TIME_ZONE) {
  if (agreementIds.length === 0) return [];
  const rows = await db
    .select({
      agreementId: agreementActivities.agreementId,
      eventId: events.id,
      role: agreementActivities.role,
      kind: events.kind,
      titleNl: events.titleNl,
      titleEn: events.titleEn,
      startsAt: events.startsAt,
      status: events.status,
      reach,
    })
    .from(agreementActivities)
    .innerJoin(events, eq(events.id, agreementActivities.eventId))
    .where(and(eq(agreementActivities.werkplaatsId, werkplaatsId), inArray(agreementActivities.agreementId, agreementIds)))
    .orderBy(asc(events.startsAt));
  return rows.map(({ startsAt, ...row }) => ({ ...row, startsOn: toLocalParts(startsAt, zone).date }));
}

/** The activities a manager may link: those not cancelled from a year back on, newest first. */
export async function linkableActivities(werkplaatsId: string, zone = TIME_ZONE, now = new Date()) {
  const rows = await db
    .select({ id: events.id, kind: events.kind, titleNl: events.titleNl, titleEn: events.titleEn, startsAt: events.startsAt })
    .from(events)
    .where(
      and(
        eq(events.werkplaatsId, werkplaatsId),
        ne(events.status, "cancelled"),
        gte(events.startsAt, new Date(now.getTime() - 365 * 24 * 3600 * 1000)),
      ),
    )
    .orderBy(desc(events.startsAt))
    .limit(200);
  return rows.map(({ startsAt, ...row }) => ({ ...row, startsOn: toLocalParts(startsAt, zone).date }));
}

/** The published partners that support an activity, for its public page: a name, a link and what they do there. */
export async function supportersOfEvent(werkplaatsId: string, eventId: string) {
  return db
    .selectDistinctOn([partners.id], { id: partners.id, name: partners.name, website: partners.website, role: agreementActivities.role })
    .from(agreementActivities)
    .innerJoin(partnerAgreements, eq(partnerAgreements.id, agreementActivities.agreementId))
    .innerJoin(partners, eq(partners.id, partnerAgreements.partnerId))
    .where(and(eq(agreementActivities.werkplaatsId, werkplaatsId), eq(agreementActivities.eventId, eventId), eq(partners.published, true)))
    .orderBy(partners.id, asc(agreementActivities.role));
}
