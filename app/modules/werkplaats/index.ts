// What the browser and the server may use of werkplaats: client-safe code only, never a .server file.
export { openingDaysFormSchema } from "./opening-days.schema";
export { setupSchema } from "./setup.schema";
export { dutchPublicHolidays } from "./opening-days";
export type { WerkplaatsInfo } from "./werkplaats-info";
