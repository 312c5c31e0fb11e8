// Hours on the server: the team logs them, staff see the totals.
export { hoursOverview, logTeamHours, myHours } from "./hours.server";
export * from "./index";
