import { and, eq, ne } from "drizzle-orm";
import { events, registrations } from "#db/schema";
import type { Locale, Vars } from "~/modules/i18n";
import { isUuid } from "~/utils/ids";
import { db } from "~/utils/db.server";
import { forbidden, notFound } from "~/utils/errors";
import { csvTime, toCsv } from "~/utils/csv";
import { toLocalParts } from "~/utils/zoned-time";
import { centsToInput } from "~/utils/money";
import { getEventForStaff } from "./events.server";
import { checkinQrSvg } from "./qr.server";
import { cancelRegistration, listAttendees, registerForEvent, waitlistPosition } from "./registrations.server";
import { eventLocation } from "./event-location.server";

/** What the registration pages read: a guest's ticket, a member's place, the door and attendee lists. */

type Werkplaats = { id: string; name: string };

/** A guest's ticket: their registration and the event, by the secret token from the email. */
async function findTicket(token: string) {
  const [row] = await db
    .select({ r: registrations, e: events })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(eq(registrations.token, token));
  if (!row) throw notFound("registrations.notFound");
  const position = row.r.status === "waitlisted" ? await waitlistPosition(db, row.e.id, row.r.seq) : 0;
  return { registration: row.r, event: row.e, position };
}

/** The member's own live registration for an event, if any. */
export async function memberRegistration(userId: string, eventId: string) {
  const [r] = await db
    .select()
    .from(registrations)
    .where(and(eq(registrations.userId, userId), eq(registrations.eventId, eventId), ne(registrations.status, "cancelled")))
    .limit(1);
  if (!r) return null;
  return { ...r, position: r.status === "waitlisted" ? await waitlistPosition(db, eventId, r.seq) : 0 };
}

/** The form on the event page: a guest, or the logged-in person in one click, or their cancellation. */
export async function handleRegistrationForm(
  werkplaats: Werkplaats,
  eventId: string,
  user: { id: string; name: string; email: string; locale: Locale } | null,
  locale: Locale,
  input:
    | { intent: "register"; name: string; email: string; organisation?: string }
    | { intent: "register-member" }
    | { intent: "cancel-member" },
) {
  if (input.intent === "register") {
    return registerForEvent(werkplaats, eventId, {
      name: input.name,
      email: input.email,
      organisation: input.organisation,
      locale,
      consent: true,
    });
  }
  if (!user) throw forbidden("events.error.loginFirst");
  if (input.intent === "register-member") {
    return registerForEvent(werkplaats, eventId, {
      userId: user.id,
      name: user.name,
      email: user.email,
      locale: user.locale,
      consent: true,
    });
  }
  if (!isUuid(eventId)) throw notFound("events.notFound");
  await cancelRegistration({ userId: user.id, eventId });
  return { status: "cancelled" as const, token: "", position: 0 };
}

/** The ticket page: registration, event and (for a place) the door QR code. */
export async function ticketPage(token: string) {
  const ticket = await findTicket(token);
  return {
    ...ticket,
    location: await eventLocation(db, ticket.event),
    qrSvg:
      ticket.registration.status === "registered" && ticket.event.status !== "cancelled"
        ? checkinQrSvg(ticket.registration.checkinCode)
        : null,
  };
}

/** The door and attendee page for staff: the event with counts and everyone in arrival order. */
export async function attendeesPage(werkplaatsId: string, eventId: string) {
  const event = await getEventForStaff(werkplaatsId, eventId);
  return { event, attendees: await listAttendees(werkplaatsId, eventId) };
}

/** The attendee list as CSV (semicolons, for Dutch spreadsheet software), times in the werkplaats's zone. */
export async function attendeesCsv(werkplaatsId: string, eventId: string, t: (key: string, vars?: Vars) => string, zone: string) {
  const { event, attendees } = await attendeesPage(werkplaatsId, eventId);
  const header = [
    t("attendees.col.name"),
    t("attendees.col.email"),
    t("attendees.col.organisation"),
    t("attendees.col.status"),
    t("attendees.csv.registeredAt", { zone }),
    t("attendees.csv.checkedInAt", { zone }),
    t("attendees.col.price"),
  ];
  const rows = attendees.map((a) => [
    a.name,
    a.email,
    a.organisation ?? "",
    t(`attendees.status.${a.status}`),
    csvTime(a.createdAt, zone),
    csvTime(a.checkedInAt, zone),
    centsToInput(a.priceCents),
  ]);
  return { filename: `deelnemers-${toLocalParts(event.startsAt, zone).date}.csv`, text: toCsv(header, rows) };
}

/** Who a check-in code belongs to (for the page a scanned QR code opens). */
export async function checkinLookup(werkplaatsId: string, code: string) {
  const [row] = await db
    .select({ r: registrations, e: events })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(and(eq(registrations.checkinCode, code.trim().toUpperCase()), eq(registrations.werkplaatsId, werkplaatsId)));
  if (!row) throw notFound("doorCheckin.unknown");
  return {
    registration: { name: row.r.name, organisation: row.r.organisation, status: row.r.status, checkedInAt: row.r.checkedInAt },
    event: { id: row.e.id, titleNl: row.e.titleNl, startsAt: row.e.startsAt },
  };
}
