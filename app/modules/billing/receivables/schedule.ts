import { addDays, maxDate, type IsoDate } from "~/utils/calendar";

/** Days after the due date at which the first and the second reminder go out. */
export type ReminderSchedule = { firstAfterDays: number; secondAfterDays: number };
export const DEFAULT_REMINDER_SCHEDULE: ReminderSchedule = { firstAfterDays: 7, secondAfterDays: 21 };

/** The WIK's term: 14 days, counted from the day after the letter is received (email: the day it is sent). */
export const FOURTEEN_DAY_TERM = 14;

export type ReminderStep = { step: 1 | 2; kind: "friendly" | "second" | "fourteen_day" };

/**
 * A consumer is a person billed in their own name without a KvK number. For them the second
 * reminder is the 14-dagenbrief; a business gets an ordinary second reminder.
 */
export function isConsumer(party: { kind: string; kvkNumber: string | null }) {
  return party.kind === "person" && !party.kvkNumber;
}

export function stepKind(step: 1 | 2, consumer: boolean): ReminderStep {
  if (step === 1) return { step, kind: "friendly" };
  return { step, kind: consumer ? "fourteen_day" : "second" };
}

/**
 * The day the next reminder of an open invoice is due, or null when both went out. The second
 * waits for its day after the due date and for as many days after the first as the schedule
 * puts between them, so a first reminder sent late by hand still gives the customer that time.
 */
export function nextReminderOn(
  dueDate: IsoDate,
  sent: { step: number; sentOn: IsoDate }[],
  schedule: ReminderSchedule,
): { step: 1 | 2; on: IsoDate } | null {
  const first = sent.find((s) => s.step === 1);
  if (!first) return { step: 1, on: addDays(dueDate, schedule.firstAfterDays) };
  if (sent.some((s) => s.step === 2)) return null;
  const gap = schedule.secondAfterDays - schedule.firstAfterDays;
  return { step: 2, on: maxDate(addDays(dueDate, schedule.secondAfterDays), addDays(first.sentOn, gap)) };
}

/** The last day to pay named in a 14-dagenbrief sent on `sentOn`; collection costs are due from the day after. */
export function payByOf(sentOn: IsoDate) {
  return addDays(sentOn, FOURTEEN_DAY_TERM);
}
