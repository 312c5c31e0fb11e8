// What the rest of the app may use of the expert pool on the server (with everything in index.ts).
export { answerInvitation, inviteExpert } from "./places.server";
export { expertHourRate, expertHoursValue, expertPool, logExpertHours, myExpertPlaces, setExpertHourRate } from "./pool.server";
export { expertsOnTrajectory, expertSuggestions, trajectoryForMatching } from "./suggestions.server";
export * from "./index";
