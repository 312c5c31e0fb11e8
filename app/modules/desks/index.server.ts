// What other modules and routes may use of desks on the server (with everything in index.ts).
export { areaOptions, listAreasWithDesks } from "./areas.server";
export { assignDesk, assignmentsOf, deskChoices, deskOn, endAssignment, endDesksOf } from "./assignments.server";
export { confirmUnpaidPassSpot, flexAvailability, lockAreaWithSpace } from "./capacity.server";
export { runDeskAction } from "./desk-admin.server";
export { floorPlan, occupancy, occupancyReport, type OccupancyPeriod, reservedPerAreaDay } from "./occupancy.server";
export * from "./index";
