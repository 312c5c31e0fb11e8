// What other modules and routes may use of events on the server (with everything in index.ts).
export { eventPage, publicAgenda } from "./agenda.server";
export { activityVisits, type ActivityVisit } from "./activity-reach.server";
export { publicAgendaVersion } from "./agenda-version.server";
export { eventImage, MAX_EVENT_IMAGE_BYTES, saveEventImage } from "./event-images.server";
export { eventLocation, whereText } from "./event-location.server";
export { cancelOwnedActivity, type OwnedActivity, scheduleOwnedActivity } from "./owned-activities.server";
export { createEvent, eventEditPage, eventRoomOptions, listEventsForStaff, setEventStatus, updateEvent } from "./events.server";
export { attendeesCsv, attendeesPage, checkinLookup, handleRegistrationForm, ticketPage } from "./registration-pages.server";
export { cancelRegistration, checkIn, emailRegistrants, ticketUrl } from "./registrations.server";
export {
  attachCheckoutSession,
  CHECKOUT_MINUTES,
  confirmTicketHold,
  heldTicketPage,
  HOLD_MINUTES,
  holdOfSession,
  holdTicket,
  releaseExpiredHolds,
  releaseTicketHold,
  type CheckoutPaid,
} from "./ticket-holds.server";
export * from "./index";
