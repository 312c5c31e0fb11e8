import { and, eq, gte, isNotNull, isNull, lt, sql } from "drizzle-orm";
import { companies, companyMembers, consultationSlots, events, registrations, users } from "#db/schema";
import { db } from "~/utils/db.server";

/**
 * One person at one activity: who (email, organisation as typed, and the KvK number of their
 * company when the email is a member's) and what (kind and themes).
 */
export type ActivityVisit = { kind: string; themes: string[]; email: string; organisation: string | null; kvkNumber: string | null };

/**
 * Everyone an activity reached in a stretch of time (instants, so the caller decides the days in
 * its zone): the registered places at published events that started in it, and the spreekuren
 * booked in it (kind `spreekuur`). Cancelled places and cancelled events reached nobody. A
 * visitor whose email is a member's of this werkplaats carries their company's KvK number: a
 * stable key for the SME, where the typed organisation name is not.
 */
export async function activityVisits(werkplaatsId: string, from: Date, until: Date): Promise<ActivityVisit[]> {
  // One company per member per werkplaats (a unique index), so these joins add no rows.
  const member = and(eq(companyMembers.userId, users.id), eq(companyMembers.werkplaatsId, werkplaatsId));
  const [atEvents, atSpreekuren] = await Promise.all([
    db
      .select({
        kind: events.kind,
        themes: events.themes,
        email: registrations.email,
        organisation: registrations.organisation,
        kvkNumber: companies.kvkNumber,
      })
      .from(registrations)
      .innerJoin(events, eq(events.id, registrations.eventId))
      // Registration emails are stored in lower case, as users' are.
      .leftJoin(users, eq(users.email, registrations.email))
      .leftJoin(companyMembers, member)
      .leftJoin(companies, eq(companies.id, companyMembers.companyId))
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
      .select({ email: consultationSlots.bookerEmail, organisation: consultationSlots.bookerOrganisation, kvkNumber: companies.kvkNumber })
      .from(consultationSlots)
      .leftJoin(users, eq(users.email, sql`lower(${consultationSlots.bookerEmail})`))
      .leftJoin(companyMembers, member)
      .leftJoin(companies, eq(companies.id, companyMembers.companyId))
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
    ...atSpreekuren.map((s) => ({
      kind: "spreekuur",
      themes: [],
      email: s.email!.toLowerCase(),
      organisation: s.organisation,
      kvkNumber: s.kvkNumber,
    })),
  ];
}
