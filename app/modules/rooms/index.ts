// What the browser and the server may use of rooms: client-safe code only, never a .server file.
export { blockedRange, bookingViolation } from "./booking-rules";
export { centsFor } from "./ledger";
export { bookingFormSchema, cancelBookingSchema, rangeSchema } from "./bookings.schema";
export { AMENITIES, WEEKDAYS } from "./room-options";
export { type RoomDay, type RoomDayCell, roomDay } from "./room-day";
export { deleteRoomSchema, roomFormSchema } from "./rooms.schema";
