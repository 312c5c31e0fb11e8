import { flexEntitlement, myReservations } from "~/modules/desks/reservations.server";
import { occupancy } from "~/modules/desks/occupancy.server";
import type { Locale } from "~/modules/i18n/locales";
import { myCheckIn, todaysPresence } from "~/modules/presence/reception.server";
import { todayIn } from "~/utils/calendar";
import { planName } from "./plans";
import { membershipCounts, myMemberships } from "./queries.server";
import { membershipReport } from "./reports.server";

const OPEN = ["pending", "upcoming", "active", "paused", "ending"];

/** The start page of anyone with an account: their membership (or application) and today. */
export async function memberHome(werkplaatsId: string, userId: string, locale: Locale) {
  const today = todayIn();
  const [memberships, entitlement, reservations, checkIn] = await Promise.all([
    myMemberships(werkplaatsId, userId, today),
    flexEntitlement(werkplaatsId, userId, locale, today),
    myReservations(werkplaatsId, userId, today),
    myCheckIn(werkplaatsId, userId, today),
  ]);
  const current = memberships.find((m) => OPEN.includes(m.status));
  return {
    today,
    membership: current
      ? { id: current.id, plan: planName({ nameNl: current.planNl, nameEn: current.planEn }, locale), status: current.status, startDate: current.startDate, endDate: current.endDate }
      : null,
    stripsLeft: entitlement?.stripsLeft ?? null,
    canReserve: Boolean(entitlement),
    next: reservations.upcoming.slice(0, 3),
    checkedInAt: checkIn.checkIn && !checkIn.checkIn.checkedOutAt ? checkIn.checkIn.checkedInAt : null,
  };
}

/** The manager's figures about members and the space today. */
export async function spaceFigures(werkplaatsId: string, locale: Locale) {
  const today = todayIn();
  const [counts, report, [day], presence] = await Promise.all([
    membershipCounts(werkplaatsId, today),
    membershipReport(werkplaatsId, locale, today),
    occupancy(werkplaatsId, today, today),
    todaysPresence(werkplaatsId, today),
  ]);
  return {
    pending: counts.pending,
    endingSoon: counts.endingSoon,
    activeMembers: report.activeMembers,
    mrrCents: report.mrrCents,
    flexReserved: day?.flexReserved ?? 0,
    flexCapacity: day?.flexCapacity ?? 0,
    inside: presence.inside.filter((p) => !p.checkedOutAt).length,
    expected: presence.expected.length,
  };
}
