// What other modules and routes may use of consultations on the server (with everything in index.ts).
export {
  bookSlot,
  cancelAppointment,
  cancelSlot,
  findAppointment,
  getOpenSlot,
  hostSlots,
  openSlots,
  publishSlots,
} from "./consultations.server";
export * from "./index";
