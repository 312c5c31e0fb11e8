// What other modules and routes may use of presence on the server (with everything in index.ts).
export { checkInPerson, checkOut } from "./checkins.server";
export { cancelDayPass, issueDayPass, myDayPasses } from "./day-passes.server";
export {
  confirmDayPassHold,
  dayPassHoldOf,
  holdDayPass,
  releaseDayPassHold,
  releaseExpiredDayPassHolds,
  type DayPassHoldOutcome,
} from "./day-pass-holds.server";
export { cancelReservation, reserveFlexSpot, stripsUsed } from "./flex-reservations.server";
export { presenceOnStartPage } from "./start-page.server";
export { receptionAction } from "./reception-actions.server";
export { myCheckIn, receptionSearch, todaysPresence } from "./reception.server";
export { reservationPage } from "./reservation-page.server";
export * from "./index";
