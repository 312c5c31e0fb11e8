import type { MembershipStatus } from "#db/schema/enums";
import { addDays, addMonths, maxDate, type IsoDate } from "~/utils/calendar";
import { isRecurring, type PlanKind } from "~/modules/plans";

/**
 * The membership rules that need no database: the end date of a cancellation, the status a
 * member sees, the plan in force on a day, monthly recurring revenue and a strippenkaart's balance.
 */

export type CancellationInput = {
  /** The last day the member asks for. */
  requested: IsoDate;
  startDate: IsoDate;
  minimumTermMonths: number;
  noticePeriodMonths: number;
  today: IsoDate;
};

export type CancellationOutcome = {
  /** The last day of the membership (inclusive). */
  endDate: IsoDate;
  requested: IsoDate;
  /**
   * Last day of the minimum term: start + term − 1 day (a 3-month term from 1 January runs to
   * 31 March); at least the start date itself.
   */
  termEnds: IsoDate;
  /** Last day of the notice period counted from today, the same way. */
  noticeEnds: IsoDate;
  /** Which of the three decided the end date (the requested date wins a tie). */
  decidedBy: "requested" | "term" | "notice";
};

/**
 * A cancellation ends on the latest of: the requested date, the end of the minimum term and the
 * end of the notice period from today.
 */
export function cancellationEndDate(input: CancellationInput): CancellationOutcome {
  const termEnds = maxDate(addDays(addMonths(input.startDate, input.minimumTermMonths), -1), input.startDate);
  const noticeEnds = addDays(addMonths(input.today, input.noticePeriodMonths), -1);
  const endDate = maxDate(input.requested, termEnds, noticeEnds);
  const decidedBy = endDate === input.requested ? "requested" : endDate === termEnds ? "term" : "notice";
  return { endDate, requested: input.requested, termEnds, noticeEnds, decidedBy };
}

export type { MembershipStatus };
export type EffectiveStatus = "pending" | "declined" | "withdrawn" | "upcoming" | "active" | "paused" | "ending" | "ended";

export const effectiveStatuses: readonly EffectiveStatus[] = [
  "pending",
  "upcoming",
  "active",
  "paused",
  "ending",
  "ended",
  "declined",
  "withdrawn",
];

export function isEffectiveStatus(value: unknown): value is EffectiveStatus {
  return typeof value === "string" && (effectiveStatuses as readonly string[]).includes(value);
}

/** Memberships ending within this many days count as "ending" on the manager's list. */
export const ENDING_SOON_DAYS = 30;

/**
 * What the membership is on a day: the stored decision plus its dates. An approved membership is
 * upcoming before its start, ended after its end date, paused during a pause, "ending" when its end
 * date is set and no more than 30 days away, and active otherwise.
 */
export function effectiveStatus(
  m: { status: MembershipStatus; startDate: IsoDate; endDate: IsoDate | null },
  today: IsoDate,
  pauses: readonly { startsOn: IsoDate; endsOn: IsoDate }[] = [],
): EffectiveStatus {
  if (m.status !== "active") return m.status;
  if (m.startDate > today) return "upcoming";
  if (m.endDate && m.endDate < today) return "ended";
  if (pauses.some((p) => p.startsOn <= today && p.endsOn >= today)) return "paused";
  if (m.endDate && m.endDate <= addDays(today, ENDING_SOON_DAYS)) return "ending";
  return "active";
}

/** The status badge tone for each effective status. */
export const statusTone: Record<EffectiveStatus, "neutral" | "good" | "warn" | "bad" | "info"> = {
  pending: "warn",
  upcoming: "info",
  active: "good",
  paused: "neutral",
  ending: "warn",
  ended: "neutral",
  declined: "bad",
  withdrawn: "neutral",
};

export type Period<P = string> = { planId: P; startsOn: IsoDate; endsOn: IsoDate | null };

/** The period in force on a day; before the first one, the first; after the last one, the last. */
export function periodOn<T extends Period<unknown>>(periods: readonly T[], day: IsoDate): T | undefined {
  const sorted = [...periods].sort((a, b) => (a.startsOn < b.startsOn ? -1 : 1));
  const covering = sorted.find((p) => p.startsOn <= day && (p.endsOn === null || p.endsOn >= day));
  if (covering) return covering;
  const started = sorted.filter((p) => p.startsOn <= day);
  return started[started.length - 1] ?? sorted[0];
}

/**
 * Monthly recurring revenue, excl. BTW: the monthly price of every membership in force and not
 * paused, for the kinds billed monthly. Day passes and strippenkaarten are one-off sales.
 */
export function monthlyRecurringRevenue(inForce: readonly { kind: PlanKind; priceCents: number }[]): number {
  return inForce.reduce((sum, m) => (isRecurring(m.kind) ? sum + m.priceCents : sum), 0);
}

/** A strippenkaart is valid from its start for M months: the last valid day. */
export function stripValidUntil(startDate: IsoDate, validityMonths: number): IsoDate {
  return addDays(addMonths(startDate, validityMonths), -1);
}

/** Days left on a strippenkaart: N minus the days used (reserved, not cancelled), never below zero. */
export function stripBalance(stripDays: number, usedDays: number): number {
  return Math.max(0, stripDays - usedDays);
}
