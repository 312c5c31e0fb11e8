// Hours, client-safe: the form, and the totals as people read them.
export { formatHours } from "./hours";
export { teamHoursSchema } from "./hours.schema";
