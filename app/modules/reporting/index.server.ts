// What other modules and routes may use of reporting: the manager's reports with their figures.
export { occupancyPage } from "./occupancy.server";
