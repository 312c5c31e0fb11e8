// What other modules and routes may use of werkplaats on the server (with everything in index.ts).
export { addDutchHolidays, assertOpenOn, closedAhead, openingCalendar, openingDaysPage, runOpeningDaysAction } from "./opening-days.server";
export { setUpFirstWerkplaats } from "./setup.server";
export { werkplaatsById } from "./werkplaats-by-id.server";
export { listenForWerkplaatsChanges, resolveWerkplaats } from "./werkplaats.server";
export * from "./index";
