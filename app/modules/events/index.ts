// What the browser and the server may use of events: client-safe code only, never a .server file.
export { AUDIENCES, EVENT_KINDS, THEMES, TICKET_BTW_RATE } from "./event-rules";
export {
  agendaFilterSchema,
  attendeeActionSchema,
  checkinConfirmSchema,
  eventFormSchema,
  eventStatusSchema,
  registrationFormSchema,
  ticketCancelSchema,
} from "./events.schema";
