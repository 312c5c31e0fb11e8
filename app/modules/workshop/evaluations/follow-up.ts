import { addMonths, type IsoDate } from "~/utils/calendar";

/** The SME answers the evaluation within a month of delivery; after that the link says nothing. */
export const EVALUATION_LINK_DAYS = 30;
/** Three months after delivery we ask which steps were taken: long enough to have acted on the advice. */
const FOLLOW_UP_MONTHS = 3;
/** The follow-up question's link works for a month as well. */
export const FOLLOW_UP_LINK_DAYS = 30;

/** The day the follow-up question goes out, from the day the trajectory was delivered (in the werkplaats's zone). */
export function followUpDueOn(deliveredOn: IsoDate): IsoDate {
  return addMonths(deliveredOn, FOLLOW_UP_MONTHS);
}

/** When a link made at `from` stops working. */
export function linkExpiry(from: Date, days: number): Date {
  return new Date(from.getTime() + days * 24 * 3600_000);
}
