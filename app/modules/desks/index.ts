// What the browser and the server may use of desks: client-safe code only, never a .server file.
export { dayQuerySchema, deskKinds, desksFormSchema, occupancyQuerySchema, reservationFormSchema } from "./desks.schema";
export {
  canCancel,
  MAX_UNPAID_PASSES,
  reservableDayProblem,
  UNPAID_HOLD_UNTIL_HOUR,
  unpaidReleasedThrough,
  upcomingDays,
  weekBounds,
  withinWeeklyLimit,
} from "./reservations";
