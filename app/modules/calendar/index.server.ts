// What other modules and routes may use of calendar on the server (with everything in index.ts).
export { bookingIcs, eventIcs, feedAction, feedFor, privateFeed, publicEventsFeed } from "./feeds.server";
export { queueReminders } from "./reminders.server";
export * from "./index";
