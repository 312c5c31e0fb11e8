import { workshopThemes } from "#db/schema/enums";
/** Pure rules for events: kinds, themes, audiences, the registration window and places left. */

export const EVENT_KINDS = ["talk", "workshop", "webinar", "masterclass", "training", "hackathon"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
/** The Digitale Werkplaats themes: one list for activities, intakes and trajectories. */
export const THEMES = workshopThemes;
export type Theme = (typeof THEMES)[number];
export const AUDIENCES = ["members", "public", "students"] as const;

export type RegistrationState = "open" | "full" | "notYet" | "closed" | "cancelled" | "draft" | "past";

/** Whether people can register now, and if the next one lands on the waitlist ("full"). */
export function registrationState(
  event: {
    status: string;
    startsAt: Date;
    endsAt: Date;
    capacity: number;
    registrationOpensAt: Date | null;
    registrationClosesAt: Date | null;
  },
  registered: number,
  now: Date,
): RegistrationState {
  if (event.status === "cancelled") return "cancelled";
  if (event.status !== "published") return "draft";
  if (event.endsAt <= now) return "past";
  if (event.registrationOpensAt && event.registrationOpensAt > now) return "notYet";
  if (registrationCloses(event) <= now) return "closed";
  return registered >= event.capacity ? "full" : "open";
}

/** Registration closes at the given moment, or when the event starts. */
export function registrationCloses(event: { startsAt: Date; registrationClosesAt: Date | null }): Date {
  return event.registrationClosesAt ?? event.startsAt;
}

export function placesLeft(capacity: number, registered: number) {
  return Math.max(0, capacity - registered);
}

/** Speakers typed one per line as "Name" or "Name, Organisation". */
export function parseSpeakers(text: string | undefined): { name: string; organisation?: string }[] {
  return (text ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, 20)
    .map((line) => {
      const [name, ...rest] = line.split(",");
      const organisation = rest.join(",").trim();
      return organisation ? { name: name!.trim(), organisation } : { name: name!.trim() };
    });
}

/**
 * Tickets carry the standard rate: the werkplaats's events are courses, talks and workshops, not
 * the admissions to culture or sport that the 9 % rate covers. Prices are stored excl. BTW.
 */
export const TICKET_BTW_RATE = 21;
