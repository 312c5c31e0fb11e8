/** Choices on the room form (plain constants, so the form's browser code does not pull in zod). */
export const AMENITIES = ["beamer", "screen", "whiteboard", "video", "coffee", "accessible", "sound", "daylight"] as const;
export const WEEKDAYS = ["1", "2", "3", "4", "5", "6", "7"] as const;
