import { presenceOnStartPage, stripsUsed, todaysPresence } from "~/modules/presence/index.server";
import { occupancy } from "~/modules/desks/index.server";
import type { Locale } from "~/modules/i18n";
import { todayIn } from "~/utils/zoned-time";
import { stripBalance } from "~/modules/memberships";
import { planName, usesFlexSpots } from "~/modules/plans";
import { membershipCounts, myMemberships, membershipReport } from "~/modules/memberships/index.server";

const OPEN = ["pending", "upcoming", "active", "paused", "ending"];

/**
 * The start page of anyone with an account: their membership (or application) and today. The
 * most visited page, so two queries (three for a strippenkaart): memberships with today's plan,
 * and the next reservations with today's check-in.
 */
export async function memberHome(werkplaatsId: string, userId: string, locale: Locale) {
  const today = todayIn();
  const [memberships, { next, checkIn }] = await Promise.all([
    myMemberships(werkplaatsId, userId, today),
    presenceOnStartPage(werkplaatsId, userId, today, 3),
  ]);
  const current = memberships.find((m) => OPEN.includes(m.status));
  const inForce = current && (current.status === "active" || current.status === "ending");
  const stripsLeft =
    inForce && current.kind === "strippenkaart" ? stripBalance(current.stripDays ?? 0, await stripsUsed(current.id)) : null;
  return {
    today,
    membership: current
      ? {
          id: current.id,
          plan: planName({ nameNl: current.planNl, nameEn: current.planEn }, locale),
          status: current.status,
          startDate: current.startDate,
          endDate: current.endDate,
        }
      : null,
    stripsLeft,
    canReserve: Boolean(inForce && usesFlexSpots(current.kind)),
    next,
    checkedInAt: checkIn && !checkIn.checkedOutAt ? checkIn.checkedInAt : null,
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
