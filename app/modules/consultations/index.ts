// What the browser and the server may use of consultations: client-safe code only, never a .server file.
export { bookSlotSchema, cancelAppointmentSchema, hostActionSchema } from "./consultations.schema";
