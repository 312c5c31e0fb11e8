import { eq } from "drizzle-orm";
import { consultationSlots, events, registrations, roomBookings, rooms, users, type OpeningHours, type Speaker } from "../schema";
import { addDays, isoWeekday } from "../../app/utils/calendar";
import { localMonthStart, todayIn, zonedToUtc } from "../../app/utils/zoned-time";
import { centsFor } from "../../app/modules/rooms";
import { db } from "../../app/utils/db.server";
import { giveRoles, userWithEmail } from "../factories";
import { makeRoom } from "../room-factories";
import { prng } from "./random";

/**
 * Demo rooms, bookings, a season of events and consultation hours for DOC Dordrecht.
 * Deterministic: a seeded PRNG picks everything (relative to the day it runs), and rows go
 * in with one insert per table. Running it again on a seeded werkplaats changes nothing.
 */

function uuidFrom(rand: () => number) {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16));
  hex[12] = "4";
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const token = (rand: () => number, n = 32) =>
  Array.from({ length: n }, () => "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789_-"[Math.floor(rand() * 58)]).join("");
const code = (rand: () => number) => Array.from({ length: 10 }, () => "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"[Math.floor(rand() * 32)]).join("");

const weekdays = (open: string, close: string, saturday?: { open: string; close: string }): OpeningHours => ({
  "1": { open, close },
  "2": { open, close },
  "3": { open, close },
  "4": { open, close },
  "5": { open, close },
  ...(saturday ? { "6": saturday } : {}),
});

const demoRooms = [
  {
    name: "De Merwede",
    description: "Vergaderruimte aan de waterkant voor 8 personen.",
    capacity: 8,
    amenities: ["screen", "whiteboard", "video", "coffee", "daylight"],
    memberHourlyCents: 1750,
    guestHourlyCents: 3000,
    openingHours: weekdays("08:00", "22:00", { open: "09:00", close: "17:00" }),
    bufferAfterMinutes: 15,
    bookableBy: "members",
  },
  {
    name: "De Biesbosch",
    description: "Kleine overlegruimte voor 4 personen, ideaal voor een klantgesprek.",
    capacity: 4,
    amenities: ["screen", "coffee", "accessible"],
    memberHourlyCents: 1000,
    guestHourlyCents: 1800,
    openingHours: weekdays("08:00", "20:00"),
    bufferAfterMinutes: 15,
    bookableBy: "members",
  },
  {
    name: "Het Atelier",
    description: "Werkruimte met lange tafels voor workshops tot 16 personen.",
    capacity: 16,
    amenities: ["beamer", "whiteboard", "coffee", "accessible", "daylight"],
    memberHourlyCents: 2750,
    guestHourlyCents: 4500,
    openingHours: weekdays("08:00", "22:00"),
    bufferAfterMinutes: 30,
    bookableBy: "members",
  },
  {
    name: "De Grote Zaal",
    description: "Zaal voor talks, masterclasses en hackathons tot 60 personen.",
    capacity: 60,
    amenities: ["beamer", "screen", "sound", "coffee", "accessible"],
    memberHourlyCents: 6000,
    guestHourlyCents: 9500,
    openingHours: weekdays("08:00", "23:00", { open: "09:00", close: "23:00" }),
    bufferAfterMinutes: 30,
    bookableBy: "staff",
  },
] as const;

const firstNames = [
  "Anouk",
  "Bram",
  "Chantal",
  "Dirk",
  "Emma",
  "Fleur",
  "Gijs",
  "Hanna",
  "Ilse",
  "Jasper",
  "Kim",
  "Lars",
  "Maaike",
  "Niels",
  "Olga",
  "Pim",
  "Roos",
  "Sem",
  "Tess",
  "Vera",
  "Wouter",
  "Yara",
  "Ahmed",
  "Büşra",
  "Mehmet",
  "Priya",
  "Kevin",
  "Lotte",
];
const lastNames = [
  "de Jong",
  "Jansen",
  "de Vries",
  "van den Berg",
  "Bakker",
  "Visser",
  "Smit",
  "Meijer",
  "de Boer",
  "Mulder",
  "de Groot",
  "Bos",
  "Vos",
  "Peters",
  "Hendriks",
  "van Dijk",
  "Yilmaz",
  "El Idrissi",
  "Kaya",
  "Verhoeven",
];
const organisations = [
  "Bakkerij Van Dam",
  "Installatiebedrijf Dordt",
  "Fietsenmaker De Spaak",
  "Kapsalon Knip",
  "Boekhouding Merwede",
  "Stichting Wijkkracht",
  "Da Vinci College",
  "Hogeschool Rotterdam",
  "Tuincentrum Groen",
  "Drukkerij Zwijndrecht",
  "",
];

type EventSeed = {
  kind: string;
  titleNl: string;
  titleEn?: string;
  description: string;
  themes: string[];
  audiences: string[];
  day: number;
  start: string;
  end: string;
  endDay?: number;
  room?: "De Grote Zaal" | "Het Atelier";
  online?: boolean;
  capacity: number;
  fill: number;
  waitlist?: number;
  priceCents?: number;
  speakers: Speaker[];
};

const season: EventSeed[] = [
  {
    kind: "talk",
    titleNl: "Van idee naar webshop in 30 dagen",
    titleEn: "From idea to web shop in 30 days",
    description:
      "Hoe kies je een platform, wat kost het en wat levert het op? Drie Dordtse ondernemers vertellen eerlijk over hun eerste jaar online.",
    themes: ["ecommerce"],
    audiences: ["members", "public"],
    day: -40,
    start: "19:30",
    end: "21:00",
    room: "De Grote Zaal",
    capacity: 50,
    fill: 38,
    speakers: [{ name: "Sanne Visser", organisation: "Studio Noord" }],
  },
  {
    kind: "workshop",
    titleNl: "Wachtwoorden en phishing: je bedrijf veilig in één middag",
    description: "Praktische workshop: een wachtwoordmanager inrichten, tweestapsverificatie aanzetten en phishing herkennen.",
    themes: ["cyber_security"],
    audiences: ["public", "members"],
    day: -26,
    start: "13:30",
    end: "16:30",
    room: "Het Atelier",
    capacity: 14,
    fill: 14,
    speakers: [{ name: "Daan Jansen", organisation: "Bitwerk" }],
  },
  {
    kind: "webinar",
    titleNl: "Data uit je kassasysteem: wat kun je ermee?",
    description: "Online sessie over omzetcijfers, voorraad en klantgedrag uit gegevens die je al hebt.",
    themes: ["data"],
    audiences: ["public"],
    day: -19,
    start: "12:00",
    end: "13:00",
    online: true,
    capacity: 100,
    fill: 41,
    speakers: [{ name: "Fatima el Amrani", organisation: "DOC Dordrecht" }],
  },
  {
    kind: "masterclass",
    titleNl: "Masterclass circulair ondernemen",
    description: "Verdienmodellen rond hergebruik en reparatie, met cases uit de Drechtsteden.",
    themes: ["circular_economy"],
    audiences: ["members", "public", "students"],
    day: -12,
    start: "15:00",
    end: "17:30",
    room: "De Grote Zaal",
    capacity: 40,
    fill: 29,
    priceCents: 4500,
    speakers: [{ name: "Prof. Karin de Boer", organisation: "Hogeschool Rotterdam" }],
  },
  {
    kind: "training",
    titleNl: "LLO-training: administratie automatiseren",
    description: "Vier uur hands-on: facturen, bonnetjes en bankkoppelingen automatisch verwerken.",
    themes: ["automation"],
    audiences: ["public", "students"],
    day: -5,
    start: "09:00",
    end: "13:00",
    room: "Het Atelier",
    capacity: 16,
    fill: 12,
    speakers: [{ name: "Jeroen Bakker", organisation: "DOC Dordrecht" }],
  },
  {
    kind: "talk",
    titleNl: "Energie besparen met slimme meters",
    titleEn: "Saving energy with smart meters",
    description: "Wat slimme meters en sensoren een kleine ondernemer opleveren, en waar je subsidie voor krijgt.",
    themes: ["energy_transition", "data"],
    audiences: ["public", "members"],
    day: 6,
    start: "19:30",
    end: "21:00",
    room: "De Grote Zaal",
    capacity: 50,
    fill: 23,
    speakers: [{ name: "Esther Mulder", organisation: "Rabobank Drechtsteden" }],
  },
  {
    kind: "workshop",
    titleNl: "Social media plannen zonder stress",
    titleEn: "Planning social media without stress",
    description: "Maak in één middag een contentkalender voor drie maanden, met studenten van Da Vinci College als sparringpartner.",
    themes: ["ecommerce"],
    audiences: ["public", "members", "students"],
    day: 9,
    start: "13:30",
    end: "16:30",
    room: "Het Atelier",
    capacity: 12,
    fill: 12,
    waitlist: 3,
    speakers: [{ name: "Sanne Visser", organisation: "Studio Noord" }],
  },
  {
    kind: "webinar",
    titleNl: "AVG voor kleine ondernemers",
    description: "Wat moet je echt regelen voor de privacywet? Een jurist beantwoordt jullie vragen live.",
    themes: ["cyber_security"],
    audiences: ["public"],
    day: 13,
    start: "12:00",
    end: "13:00",
    online: true,
    capacity: 150,
    fill: 57,
    speakers: [{ name: "mr. Joost van Leeuwen" }],
  },
  {
    kind: "hackathon",
    titleNl: "Hackathon Slimme Binnenstad",
    titleEn: "Smart City Centre Hackathon",
    description:
      "Twee dagen bouwen studententeams met ondernemers aan oplossingen voor de Dordtse binnenstad: van bezoekersdata tot circulaire bezorging.",
    themes: ["data", "circular_economy", "energy_transition"],
    audiences: ["students", "members", "public"],
    day: 20,
    endDay: 21,
    start: "09:00",
    end: "17:00",
    room: "De Grote Zaal",
    capacity: 60,
    fill: 34,
    speakers: [
      { name: "Pieter van Leeuwen", organisation: "Da Vinci College" },
      { name: "Jeroen Bakker", organisation: "DOC Dordrecht" },
    ],
  },
  {
    kind: "masterclass",
    titleNl: "Masterclass prijsstrategie voor je webshop",
    description: "Hoe zet je prijzen, kortingen en verzendkosten zo neer dat je marge houdt?",
    themes: ["ecommerce", "data"],
    audiences: ["members", "public"],
    day: 27,
    start: "15:00",
    end: "17:30",
    room: "De Grote Zaal",
    capacity: 40,
    fill: 8,
    priceCents: 3500,
    speakers: [{ name: "Daan Jansen", organisation: "Bitwerk" }],
  },
  {
    kind: "training",
    titleNl: "LLO-training: werken met AI-assistenten",
    description: "Veilig en nuttig werken met AI-hulpmiddelen in een klein bedrijf: teksten, offertes en klantvragen.",
    themes: ["automation"],
    audiences: ["public", "members"],
    day: 34,
    start: "09:00",
    end: "13:00",
    room: "Het Atelier",
    capacity: 16,
    fill: 3,
    speakers: [{ name: "Fatima el Amrani", organisation: "DOC Dordrecht" }],
  },
];

export async function seedRoomsAndEvents(werkplaatsId: string, now = new Date()) {
  const existing = await db.select({ id: rooms.id }).from(rooms).where(eq(rooms.werkplaatsId, werkplaatsId)).limit(1);
  if (existing.length > 0) return { created: false };
  const rand = prng(20260401).next;
  const today = todayIn(now);
  // Activities fall on working days: a day that lands on a weekend moves to the Monday after.
  const weekdayOffset = (days: number) => {
    const weekday = isoWeekday(addDays(today, days));
    return weekday === 6 ? days + 2 : weekday === 7 ? days + 1 : days;
  };

  const roomRows = demoRooms.map((r) => ({ id: uuidFrom(rand), werkplaatsId, ...r, amenities: [...r.amenities] }));
  for (const room of roomRows) await makeRoom(werkplaatsId, room);
  const roomByName = new Map(roomRows.map((r) => [r.name, r]));

  // A few more members so the calendar looks like a real week; they log in with the demo password too.
  const extraMembers = [
    { email: "lotte@bakkerij-vandam.nl", name: "Lotte van Dam" },
    { email: "mehmet@kaya-installatie.nl", name: "Mehmet Kaya" },
    { email: "priya@datalab-dordt.nl", name: "Priya Ramdin" },
    { email: "wouter@circulairmeubel.nl", name: "Wouter de Groot" },
  ];
  for (const member of extraMembers) await giveRoles(werkplaatsId, (await userWithEmail(member)).id, ["member"]);
  const people = await db.select({ id: users.id, email: users.email, name: users.name }).from(users);
  const byEmail = (e: string) => people.find((p) => p.email === e);
  const members = ["sanne@studio-noord.nl", "daan@bitwerk.nl", ...extraMembers.map((m) => m.email)]
    .map(byEmail)
    .filter((p): p is NonNullable<typeof p> => Boolean(p));
  const staff = byEmail("jeroen@doc-dordrecht.nl");

  // Member bookings on the three member rooms over three weeks back and three ahead, on a grid
  // that leaves room for the changeover, so the exclusion constraint never objects.
  const bookingRows: (typeof roomBookings.$inferInsert)[] = [];
  const grid = [
    { start: "09:00", minutes: [60, 90] },
    { start: "11:00", minutes: [60, 90] },
    { start: "13:30", minutes: [60, 90, 120] },
    { start: "16:00", minutes: [60, 90] },
  ];
  // Events take their rooms first; member bookings keep clear of them.
  const eventRanges = season
    .filter((e) => e.room)
    .map((e) => {
      const room = roomByName.get(e.room!)!;
      const from = zonedToUtc(addDays(today, weekdayOffset(e.day)), e.start);
      const until = new Date(
        zonedToUtc(addDays(today, weekdayOffset(e.day) + (e.endDay ?? e.day) - e.day), e.end).getTime() + room.bufferAfterMinutes * 60000,
      );
      return { roomId: room.id, from, until };
    });
  const titles = [
    "Klantgesprek",
    "Teamoverleg",
    "Sollicitatiegesprek",
    "Pitch oefenen",
    "Overleg met studententeam",
    "Kwartaalplanning",
    "",
  ];
  for (let d = -21; d <= 21; d++) {
    const date = addDays(today, d);
    const weekday = isoWeekday(date);
    if (weekday > 5) continue;
    for (const room of roomRows.filter((r) => r.bookableBy !== "staff")) {
      for (const slot of grid) {
        if (rand() > 0.3) continue;
        const minutes = slot.minutes[Math.floor(rand() * slot.minutes.length)]!;
        const start = zonedToUtc(date, slot.start);
        if (d === 0 && start < now) continue;
        const end = new Date(start.getTime() + minutes * 60000);
        const blockedUntil = new Date(end.getTime() + room.bufferAfterMinutes * 60000);
        if (eventRanges.some((r) => r.roomId === room.id && r.from < blockedUntil && start < r.until)) continue;
        const who = members.length ? members[Math.floor(rand() * members.length)]! : undefined;
        const hourly = room.memberHourlyCents;
        bookingRows.push({
          werkplaatsId,
          roomId: room.id,
          kind: "booking",
          userId: who?.id ?? null,
          bookedBy: who?.id ?? null,
          title: titles[Math.floor(rand() * titles.length)]!,
          startsAt: start,
          endsAt: end,
          blockedFrom: start,
          blockedUntil,
          ledgerMonth: localMonthStart(start),
          minutes,
          hourlyCents: hourly,
          chargeableCents: centsFor(minutes, hourly),
          status: "confirmed",
        });
      }
    }
  }
  // A maintenance block on De Merwede next week, in the evening.
  const merwede = roomByName.get("De Merwede")!;
  const blockStart = zonedToUtc(addDays(today, 8), "18:00");
  bookingRows.push({
    werkplaatsId,
    roomId: merwede.id,
    kind: "block",
    bookedBy: staff?.id ?? null,
    title: "Onderhoud: nieuw scherm ophangen",
    startsAt: blockStart,
    endsAt: new Date(blockStart.getTime() + 3 * 3600_000),
    blockedFrom: blockStart,
    blockedUntil: new Date(blockStart.getTime() + 3 * 3600_000),
    ledgerMonth: localMonthStart(blockStart),
    minutes: 180,
  });

  // Events: their rooms are booked through the same table (kind "event").
  const eventRows: (typeof events.$inferInsert)[] = [];
  const regRows: (typeof registrations.$inferInsert)[] = [];
  for (const e of season) {
    const startsAt = zonedToUtc(addDays(today, weekdayOffset(e.day)), e.start);
    const endsAt = zonedToUtc(addDays(today, weekdayOffset(e.day) + (e.endDay ?? e.day) - e.day), e.end);
    const room = e.room ? roomByName.get(e.room)! : undefined;
    const eventId = uuidFrom(rand);
    let roomBookingId: string | null = null;
    if (room) {
      roomBookingId = uuidFrom(rand);
      bookingRows.push({
        id: roomBookingId,
        werkplaatsId,
        roomId: room.id,
        kind: "event",
        bookedBy: staff?.id ?? null,
        startsAt,
        endsAt,
        blockedFrom: startsAt,
        blockedUntil: new Date(endsAt.getTime() + room.bufferAfterMinutes * 60000),
        ledgerMonth: localMonthStart(startsAt),
        minutes: Math.round((endsAt.getTime() - startsAt.getTime()) / 60000),
      });
    }
    const past = endsAt < now;
    eventRows.push({
      id: eventId,
      werkplaatsId,
      kind: e.kind,
      titleNl: e.titleNl,
      titleEn: e.titleEn ?? null,
      descriptionNl: e.description,
      themes: e.themes,
      audiences: e.audiences,
      startsAt,
      endsAt,
      roomId: room?.id ?? null,
      roomBookingId,
      onlineUrl: e.online ? `https://meet.doc-dordrecht.nl/${token(rand, 10)}` : null,
      capacity: e.capacity,
      speakers: e.speakers,
      priceCents: e.priceCents ?? 0,
      status: "published",
      publishedAt: new Date(startsAt.getTime() - 30 * 86400_000),
      createdBy: staff?.id ?? null,
    });
    const total = e.fill + (e.waitlist ?? 0);
    for (let i = 0; i < total; i++) {
      const member = i < 2 && e.audiences.includes("members") ? members[i] : undefined;
      const first = firstNames[Math.floor(rand() * firstNames.length)]!;
      const last = lastNames[Math.floor(rand() * lastNames.length)]!;
      const name = member?.name ?? `${first} ${last}`;
      const email =
        member?.email ??
        `${`${first}.${last}.${i}`
          .toLowerCase()
          .normalize("NFD")
          .replace(/[^a-z0-9.]/g, "")}@voorbeeld.nl`;
      const createdAt = new Date(startsAt.getTime() - (20 - i * (18 / Math.max(1, total))) * 86400_000);
      regRows.push({
        werkplaatsId,
        eventId,
        userId: member?.id ?? null,
        name,
        email,
        organisation: member ? null : organisations[Math.floor(rand() * organisations.length)] || null,
        status: i < e.fill ? "registered" : "waitlisted",
        token: token(rand),
        checkinCode: code(rand),
        consentAt: createdAt,
        priceCents: e.priceCents ?? 0,
        checkedInAt: past && i < e.fill && rand() < 0.82 ? new Date(startsAt.getTime() - Math.floor(rand() * 20) * 60000) : null,
        reminderQueuedAt: past ? startsAt : null,
        createdAt: createdAt < now ? createdAt : new Date(now.getTime() - (total - i) * 60000),
      });
    }
  }
  await db.insert(roomBookings).values(bookingRows);
  await db.insert(events).values(eventRows);
  // Arrival order (seq) follows the order of the rows.
  await db.insert(registrations).values(regRows);

  // Consultation hours: Jeroen on Tuesday afternoons for the coming three weeks; two booked.
  if (staff) {
    const slotRows: (typeof consultationSlots.$inferInsert)[] = [];
    const firstTuesday = addDays(today, (2 - isoWeekday(today) + 7) % 7 || 7);
    for (let w = 0; w < 3; w++) {
      for (let i = 0; i < 4; i++) {
        const startsAt = zonedToUtc(addDays(firstTuesday, 7 * w), ["14:00", "14:30", "15:00", "15:30"][i]!);
        const booked = w === 0 && (i === 0 || i === 2);
        slotRows.push({
          werkplaatsId,
          hostId: staff.id,
          topic: "Webshop en online marketing",
          location: "DOC Dordrecht, Noordendijk 250",
          startsAt,
          endsAt: new Date(startsAt.getTime() + 30 * 60000),
          ...(booked
            ? {
                bookedAt: new Date(now.getTime() - 86400_000),
                bookerName: i === 0 ? "Marco Verhoeven" : "Ingrid Smit",
                bookerEmail: i === 0 ? "marco@fietsenmakerdespaak.nl" : "ingrid@kapsalonknip.nl",
                bookerOrganisation: i === 0 ? "Fietsenmaker De Spaak" : "Kapsalon Knip",
                question:
                  i === 0 ? "Hoe verkoop ik onderdelen online naast de winkel?" : "Is Instagram genoeg of heb ik een website nodig?",
                token: token(rand),
              }
            : {}),
        });
      }
    }
    await db.insert(consultationSlots).values(slotRows);
  }
  return { created: true, rooms: roomRows.length, bookings: bookingRows.length, events: eventRows.length, registrations: regRows.length };
}
