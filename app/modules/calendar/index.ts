// What the browser and the server may use of calendar: client-safe code only, never a .server file.
export { feedActionSchema } from "./feeds.schema";
export { icsHeaders } from "./ical";
