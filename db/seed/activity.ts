import { checkIns, dayPasses, flexReservations } from "../schema";
import { addDays, isoWeekOf, isoWeekday, type IsoDate } from "../../app/utils/calendar";
import { toLocalParts, wallClock, zonedToUtc } from "../../app/utils/zoned-time";
import { dutchPublicHolidays } from "../../app/modules/werkplaats";
import type { Tx } from "../../app/utils/db.server";
import type { Rng } from "./random";
import type { SeedSpace } from "./space-and-plans";
import type { MemberSpec, SeededMembership } from "./membership-rows";

const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const guests = [
  "Jan Pieterse",
  "Marit Oosterhout",
  "Karim Benali",
  "Ellen Smeets",
  "Tobias Weber",
  "Nora Lindqvist",
  "Wim van Gent",
  "Sofia Rossi",
];

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 500) await insert(rows.slice(i, i + 500));
}

/**
 * A year of use: flex reservations within each area's capacity (weekdays, about half the days
 * for a flex member, two a week for the 2-day plan, ten days per strippenkaart), day passes for
 * guests, and check-ins for past days and part of today. Next two weeks already partly reserved.
 */
export async function insertActivity(
  tx: Tx,
  c: {
    werkplaatsId: string;
    today: IsoDate;
    /** The real clock: nobody checked in later today than this. */
    now: Date;
    rng: Rng;
    memberships: SeededMembership[];
    space: SeedSpace;
    dayPassPlan: { id: string; priceCents: number; btwRate: number };
    people: MemberSpec[];
  },
) {
  const { today, rng, werkplaatsId } = c;
  const flexAreas = [
    { id: c.space.areas.flexzone.id, capacity: 12, weight: 0.6 },
    { id: c.space.areas.first.id, capacity: 8, weight: 1 },
  ];
  const taken = new Map<string, number>();
  const free = (areaId: string, day: IsoDate, capacity: number) => (taken.get(`${areaId}:${day}`) ?? 0) < capacity;
  const chooseArea = (day: IsoDate) => {
    const preferred = rng.next() < 0.6 ? flexAreas : [...flexAreas].reverse();
    return preferred.find((a) => free(a.id, day, day === today ? Math.min(a.capacity, a.capacity - 3) : a.capacity));
  };
  const take = (areaId: string, day: IsoDate) => taken.set(`${areaId}:${day}`, (taken.get(`${areaId}:${day}`) ?? 0) + 1);

  const reservations: (typeof flexReservations.$inferInsert & { id: string })[] = [];
  const visits: (typeof checkIns.$inferInsert)[] = [];
  const passes: (typeof dayPasses.$inferInsert & { id: string })[] = [];
  const codes = new Set<string>();
  const daysOf = new Map<string, IsoDate[]>();
  const uuid = () => crypto.randomUUID();
  const first = addDays(today, -364);
  const last = addDays(today, 13);
  // Today's arrivals lie between 08:15 and the moment the seed runs (nobody is "binnen" at 05:30,
  // nor checked in at 10:11 when it is 09:00); a seed for a past day has the whole day behind it.
  const clock = toLocalParts(c.now);
  const minutesPassedToday = clock.date > today ? 24 * 60 : clock.date < today ? 0 : clock.minutes;
  const arrivalWindow = (day: IsoDate) => (day < today ? 120 : Math.min(120, minutesPassedToday - (8 * 60 + 15)));
  const visit = (day: IsoDate, values: Partial<typeof checkIns.$inferInsert>) => {
    if (day > today || (day === today && rng.next() > 0.45)) return;
    const window = arrivalWindow(day);
    const drawn = rng.int(120);
    if (window <= 0) return;
    const inAt = zonedToUtc(day, wallClock(8, 15 + (drawn % window)));
    visits.push({
      werkplaatsId,
      day,
      method: rng.chance(0.7) ? "self" : "reception",
      checkedInAt: inAt,
      checkedOutAt: day < today ? zonedToUtc(day, wallClock(16 + rng.int(2), rng.int(60))) : null,
      ...values,
    });
  };

  // The demo is closed at weekends for this history and on Dutch public holidays.
  const holidays = new Set([-1, 0, 1].flatMap((d) => dutchPublicHolidays(Number(today.slice(0, 4)) + d)).map((h) => h.day));
  const isOpen = (day: IsoDate) => isoWeekday(day) <= 5 && !holidays.has(day);
  // The reception always has a guest announced for the next open day, whatever the draw: the
  // demo shows an open day pass with its Pin and Contant buttons on every date it is seeded.
  let nextOpenDay = addDays(today, 1);
  while (!isOpen(nextOpenDay)) nextOpenDay = addDays(nextOpenDay, 1);
  for (let day = first; day <= last; day = addDays(day, 1)) {
    if (!isOpen(day)) continue;
    const week = isoWeekOf(day);
    for (const m of c.memberships) {
      if (!m.approved || day < m.start || (m.end && day > m.end)) continue;
      if (m.pause && day >= m.pause.from && day <= m.pause.to) continue;
      if (m.kind === "fixed" || m.kind === "office") {
        if (rng.chance(0.55)) visit(day, { userId: m.userId, membershipId: m.id });
        continue;
      }
      if (m.kind === "virtual") continue;
      const mine = daysOf.get(m.id) ?? [];
      if (m.kind === "flex2" && mine.filter((d) => d >= week.start && d <= week.end).length >= 2) continue;
      if (m.kind === "strip" && mine.length >= 10) continue;
      const p = day > today ? 0.3 : m.kind === "strip" ? 0.25 : 0.5;
      if (!rng.chance(p)) continue;
      const area = chooseArea(day);
      if (!area) continue;
      take(area.id, day);
      daysOf.set(m.id, [...mine, day]);
      const id = uuid();
      reservations.push({
        id,
        werkplaatsId,
        areaId: area.id,
        day,
        userId: m.userId,
        membershipId: m.id,
        createdAt: zonedToUtc(addDays(day, -rng.int(6)), "20:00"),
      });
      if (rng.chance(0.9)) visit(day, { userId: m.userId, membershipId: m.id, reservationId: id });
    }
    if (day <= addDays(today, 7) && (rng.chance(0.35) || day === nextOpenDay)) {
      const area = chooseArea(day);
      if (area) {
        let code = "";
        do code = Array.from({ length: 6 }, () => rng.pick([...CODE_ALPHABET])).join("");
        while (codes.has(code));
        codes.add(code);
        take(area.id, day);
        const guest = rng.pick(guests);
        const id = uuid();
        passes.push({
          id,
          werkplaatsId,
          planId: c.dayPassPlan.id,
          guestName: guest,
          guestEmail: `${guest.split(" ")[0]!.toLowerCase()}@example.nl`,
          day,
          areaId: area.id,
          code,
          priceCents: c.dayPassPlan.priceCents,
          btwRate: c.dayPassPlan.btwRate,
          createdAt: zonedToUtc(addDays(day, -2), "12:00"),
        });
        reservations.push({
          id: uuid(),
          werkplaatsId,
          areaId: area.id,
          day,
          dayPassId: id,
          createdAt: zonedToUtc(addDays(day, -2), "12:00"),
        });
        visit(day, { dayPassId: id });
      }
    }
  }
  await insertChunked(passes, (chunk) => tx.insert(dayPasses).values(chunk));
  await insertChunked(reservations, (chunk) => tx.insert(flexReservations).values(chunk));
  await insertChunked(visits, (chunk) => tx.insert(checkIns).values(chunk));
  return { reservations: reservations.length, checkIns: visits.length, dayPasses: passes.length };
}
