/**
 * The hours ledger, as arithmetic: each calendar month a member has some included room minutes
 * (from their plan, possibly none). A booking uses what is left of them first; the rest is
 * chargeable at the room's hourly price (cents excl. BTW), rounded half up once per booking.
 */

import { divideHalfUp } from "~/utils/money";

export type LedgerSplit = { includedMinutes: number; chargeableMinutes: number; chargeableCents: number };

export function splitAgainstAllowance(input: {
  minutes: number;
  allowanceMinutes: number;
  usedMinutes: number;
  hourlyCents: number;
}): LedgerSplit {
  const left = Math.max(0, input.allowanceMinutes - input.usedMinutes);
  const includedMinutes = Math.min(input.minutes, left);
  const chargeableMinutes = input.minutes - includedMinutes;
  return { includedMinutes, chargeableMinutes, chargeableCents: centsFor(chargeableMinutes, input.hourlyCents) };
}

/** Price of some minutes at an hourly rate, in whole cents, half up. */
export function centsFor(minutes: number, hourlyCents: number): number {
  return divideHalfUp(minutes * hourlyCents, 60);
}

/**
 * What a cancellation does to the ledger. Before the deadline the booking is gone: its
 * included minutes come back and nothing is charged. After it the slot is released but the
 * booking keeps its included minutes and its charge.
 */
export function cancellationEffect(input: { start: Date; now: Date; cancelHours: number; force?: boolean }) {
  const deadline = input.start.getTime() - input.cancelHours * 3600_000;
  const late = !input.force && input.now.getTime() > deadline;
  return { late };
}

export type LedgerRow = { minutes: number; includedMinutes: number; chargeableCents: number };

/** A member's month: allowance, used, left and what is chargeable so far. */
export function monthSummary(allowanceMinutes: number, rows: LedgerRow[]) {
  const usedMinutes = rows.reduce((n, r) => n + r.includedMinutes, 0);
  const bookedMinutes = rows.reduce((n, r) => n + r.minutes, 0);
  const chargeableCents = rows.reduce((n, r) => n + r.chargeableCents, 0);
  return { allowanceMinutes, usedMinutes, leftMinutes: Math.max(0, allowanceMinutes - usedMinutes), bookedMinutes, chargeableCents };
}

export type LedgerEntry = LedgerRow & { id: string; hourlyCents: number; billed: boolean };

/**
 * A member's month settled in one pass, the single calculation behind both the hours summary
 * and the charges billing picks up. Bookings use the allowance in the order they were made,
 * as when they were booked; but the split is taken again from the month as it is now, so a
 * free cancellation or a plan granted later gives its hours to the bookings still standing.
 * Entries already on an invoice keep their figures and their hours.
 */
export function settleMonth<T extends LedgerEntry>(allowanceMinutes: number, entries: readonly T[]) {
  let used = entries.filter((e) => e.billed).reduce((n, e) => n + e.includedMinutes, 0);
  const settled = entries.map((e) => {
    if (e.billed) return e;
    const split = splitAgainstAllowance({ minutes: e.minutes, allowanceMinutes, usedMinutes: used, hourlyCents: e.hourlyCents });
    used += split.includedMinutes;
    return { ...e, includedMinutes: split.includedMinutes, chargeableCents: split.chargeableCents };
  });
  return { entries: settled, summary: monthSummary(allowanceMinutes, settled) };
}
