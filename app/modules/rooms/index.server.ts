// What other modules and routes may use of rooms on the server (with everything in index.ts).
export { bookingsPage, chargeableRoomUsage, getBooking } from "./booking-queries.server";
export { type Actor, bookRoom, cancelBooking, isStaff, lockRoom, takenError } from "./bookings.server";
export { type CalendarItem, calendarItems, calendarPage } from "./calendar-items.server";
export { type CalendarJson, calendarJson } from "./calendar-json.server";
export { roomsAndEventsDashboard } from "./dashboard.server";
export { holdRoomForEvent } from "./event-bookings.server";
export { bookingFormOptions, createRoom, deleteRoom, getRoom, listRooms, roomFormValues, updateRoom } from "./rooms.server";
export * from "./index";
