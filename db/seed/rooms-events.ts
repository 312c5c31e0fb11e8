import { eq } from "drizzle-orm";
import { consultationSlots, events, registrations, roomBookings, rooms, users } from "../schema";
import { addDays, isoWeekday } from "../../app/utils/calendar";
import { localMonthStart, todayIn, zonedToUtc } from "../../app/utils/zoned-time";
import { centsFor } from "../../app/modules/rooms";
import { db } from "../../app/utils/db.server";
import { giveRoles, userWithEmail } from "../factories";
import { makeRoom } from "../room-factories";
import { demoRooms } from "./demo-rooms";
import { firstNames, lastNames, organisations, season } from "./demo-season";
import { code, prng, token, uuidFrom } from "./random";

/**
 * Demo rooms, bookings, a season of events and consultation hours for DOC Dordrecht.
 * Deterministic: a seeded PRNG picks everything (relative to the day it runs), and rows go
 * in with one insert per table. Running it again on a seeded werkplaats changes nothing.
 */
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
