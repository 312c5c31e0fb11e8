import type { Vars } from "~/modules/i18n";
import type { RevenueKind } from "#db/schema";
import { isRecurring, type PlanKind } from "~/modules/plans";
import { eachDay, monthOf, type IsoDate } from "~/utils/calendar";
import { divideHalfUp } from "~/utils/money";

/**
 * What one membership yields on the invoice for one month of the billing run. Pure: the ledger
 * reads memberships, their plan periods and pauses, and passes them in as plain data.
 *
 * Memberships are billed in advance for the whole month. A day is billed when the membership has
 * started and not ended, a plan period covers it and no pause does. A partial month costs
 * price × billed days / days in the month; with several pieces (a plan change splits the month on
 * its date) the month's total is rounded half up once and each piece is the difference of the
 * rounded running totals, so the pieces add up to that total exactly and never exceed a full month.
 */

/** A calendar month as "2026-03". */
export type BillingMonth = string;

export type PlanForBilling = {
  id: string;
  /** In the customer's language: the line's description shows it. */
  name: string;
  kind: PlanKind;
  /** Per month, excl. BTW. */
  priceCents: number;
  btwPercent: number;
  /** Borg paid when the membership starts and refunded when it ends; 0 for none. */
  depositCents: number;
};

export type MembershipForBilling = {
  id: string;
  startDate: IsoDate;
  /** The last day (inclusive); null while it runs on. */
  endDate: IsoDate | null;
  /** Which plan from when to when (inclusive; endsOn null = open-ended); they do not overlap. */
  periods: readonly { startsOn: IsoDate; endsOn: IsoDate | null; plan: PlanForBilling }[];
  pauses: readonly { startsOn: IsoDate; endsOn: IsoDate }[];
};

export type LineDraft = {
  description: { key: string; vars: Vars };
  period: { start: IsoDate; end: IsoDate };
  quantity: number;
  unitCents: number;
  netCents: number;
  btwPercent: number;
  revenueKind: Extract<RevenueKind, "membership" | "deposit">;
  /**
   * membership:<id>:<YYYY-MM>[:<segment>]. The ledger keeps it unique, so running a month twice
   * issues nothing new. A month's first piece has no segment; a piece after a plan change is named
   * by its first day, a deposit by "deposit" and its refund by "deposit-refund". A plan change or
   * pause recorded after a month was issued does not re-bill it: that is a credit note's job.
   */
  chargeKey: string;
};

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isBillingMonth(value: unknown): value is BillingMonth {
  return typeof value === "string" && MONTH.test(value);
}

/** The first and last day of a billing month. */
export function monthPeriod(month: BillingMonth): { start: IsoDate; end: IsoDate } {
  if (!isBillingMonth(month)) throw new Error(`not a billing month: ${month}`);
  return monthOf(`${month}-01`);
}

type Piece = { plan: PlanForBilling; start: IsoDate; end: IsoDate; billedDays: number; from: object };

/** Consecutive runs of the month's days on the same plan period, with the days billed in each. */
function piecesOf(m: MembershipForBilling, month: { start: IsoDate; end: IsoDate }): Piece[] {
  const pieces: Piece[] = [];
  for (const day of eachDay(month.start, month.end)) {
    if (day < m.startDate || (m.endDate !== null && day > m.endDate)) continue;
    const period = m.periods.find((p) => p.startsOn <= day && (p.endsOn === null || day <= p.endsOn));
    if (!period || !isRecurring(period.plan.kind)) continue;
    let piece = pieces.at(-1);
    if (piece?.from !== period) {
      piece = { from: period, plan: period.plan, start: day, end: day, billedDays: 0 };
      pieces.push(piece);
    }
    piece.end = day;
    if (!m.pauses.some((p) => p.startsOn <= day && day <= p.endsOn)) piece.billedDays += 1;
  }
  return pieces.filter((p) => p.billedDays > 0);
}

/** The membership's lines for one month: its fee (whole, prorated or split), and a deposit or its refund. */
export function membershipLines(m: MembershipForBilling, month: BillingMonth): LineDraft[] {
  const period = monthPeriod(month);
  const daysInMonth = eachDay(period.start, period.end).length;
  const key = `membership:${m.id}:${month}`;
  const lines: LineDraft[] = [];

  let runningExact = 0;
  let runningRounded = 0;
  piecesOf(m, period).forEach((piece, index) => {
    runningExact += piece.plan.priceCents * piece.billedDays;
    const rounded = divideHalfUp(runningExact, daysInMonth);
    const netCents = rounded - runningRounded;
    runningRounded = rounded;
    const whole = piece.billedDays === daysInMonth;
    lines.push({
      description: whole
        ? { key: "billing.run.membershipMonth", vars: { plan: piece.plan.name } }
        : { key: "billing.run.membershipDays", vars: { plan: piece.plan.name, days: piece.billedDays, daysInMonth } },
      period: { start: piece.start, end: piece.end },
      quantity: 1,
      unitCents: netCents,
      netCents,
      btwPercent: piece.plan.btwPercent,
      revenueKind: "membership",
      chargeKey: index === 0 ? key : `${key}:${piece.start}`,
    });
  });

  // The borg belongs to the plan the membership started on; it is not a supply, so no BTW.
  const first = [...m.periods].sort((a, b) => (a.startsOn < b.startsOn ? -1 : 1))[0];
  const deposit = first?.plan.depositCents ?? 0;
  if (deposit > 0 && period.start <= m.startDate && m.startDate <= period.end) {
    lines.push(depositLine(`${key}:deposit`, "billing.run.deposit", first!.plan.name, m.startDate, deposit));
  }
  if (deposit > 0 && m.endDate !== null && period.start <= m.endDate && m.endDate <= period.end) {
    lines.push(depositLine(`${key}:deposit-refund`, "billing.run.depositRefund", first!.plan.name, m.endDate, -deposit));
  }
  return lines;
}

function depositLine(chargeKey: string, key: string, plan: string, on: IsoDate, cents: number): LineDraft {
  return {
    description: { key, vars: { plan } },
    period: { start: on, end: on },
    quantity: 1,
    unitCents: cents,
    netCents: cents,
    btwPercent: 0,
    // A refund is a negative deposit line: the ledger has one revenue kind for the borg either way.
    revenueKind: "deposit",
    chargeKey,
  };
}
