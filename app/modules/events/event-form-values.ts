import { addDays } from "~/utils/calendar";
import { centsToInput } from "~/utils/money";
import { toLocalParts } from "~/utils/zoned-time";

type EventLike = {
  kind: string;
  titleNl: string;
  titleEn: string | null;
  descriptionNl: string;
  descriptionEn: string | null;
  themes: string[];
  audiences: string[];
  startsAt: Date | string;
  endsAt: Date | string;
  roomId: string | null;
  onlineUrl: string | null;
  capacity: number;
  registrationOpensAt: Date | string | null;
  registrationClosesAt: Date | string | null;
  speakers: { name: string; organisation?: string }[];
  priceCents: number;
};

/** An event as its edit form shows it: local dates and times, euros as "12,50", speakers one per line. */
export function eventFormValues(e: EventLike): Record<string, string | string[]> {
  const start = toLocalParts(new Date(e.startsAt));
  const end = toLocalParts(new Date(e.endsAt));
  return {
    kind: e.kind,
    titleNl: e.titleNl,
    titleEn: e.titleEn ?? "",
    descriptionNl: e.descriptionNl,
    descriptionEn: e.descriptionEn ?? "",
    themes: e.themes,
    audiences: e.audiences,
    startDate: start.date,
    startTime: start.time,
    endDate: end.date,
    endTime: end.time,
    roomId: e.roomId ?? "",
    onlineUrl: e.onlineUrl ?? "",
    capacity: String(e.capacity),
    registrationOpens: e.registrationOpensAt ? toLocalParts(new Date(e.registrationOpensAt)).date : "",
    // Stored as the midnight after the last day.
    registrationCloses: e.registrationClosesAt ? addDays(toLocalParts(new Date(e.registrationClosesAt)).date, -1) : "",
    speakers: e.speakers.map((s) => (s.organisation ? `${s.name}, ${s.organisation}` : s.name)).join("\n"),
    price: e.priceCents ? centsToInput(e.priceCents) : "",
  };
}
