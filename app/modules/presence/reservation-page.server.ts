import type { Locale } from "~/modules/i18n";
import { openingCalendar } from "~/modules/werkplaats/index.server";
import { todayIn } from "~/utils/zoned-time";
import { flexAvailability } from "~/modules/desks/index.server";
import { canCancel, upcomingDays } from "~/modules/desks";
import { flexEntitlement, myReservations } from "./flex-reservations.server";

/** The member's reservation page: entitlement, free spots per area for two weeks, own reservations. */
export async function reservationPage(werkplaatsId: string, userId: string, locale: Locale, now = new Date()) {
  const today = todayIn(now);
  const days = upcomingDays(today, 14);
  const [entitlement, availability, mine, opening] = await Promise.all([
    flexEntitlement(werkplaatsId, userId, locale, today),
    flexAvailability(werkplaatsId, days, now),
    myReservations(werkplaatsId, userId, today),
    openingCalendar(werkplaatsId, days[0]!, days[days.length - 1]!),
  ]);
  const reservedOn = new Map(mine.upcoming.map((r) => [r.day, r.area]));
  return {
    now: today,
    entitlement,
    areas: availability.areas.map((a) => ({ id: a.id, name: a.name })),
    days: days.map((day) => ({
      day,
      closed: opening.reasonOn(day),
      reservedArea: reservedOn.get(day) ?? null,
      free: Object.fromEntries(
        availability.areas.map((a) => [a.id, Math.max(0, a.capacity - (availability.taken.get(`${a.id}:${day}`) ?? 0))]),
      ),
    })),
    mine: { upcoming: mine.upcoming.map((r) => ({ ...r, cancellable: canCancel(r.day, now) })), past: mine.past },
  };
}
