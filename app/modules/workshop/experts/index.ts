// What the browser and the server may use of the expert pool: client-safe code only.
export { answerSchema, hourRateSchema, inviteSchema, logHoursSchema } from "./experts.schema";
export { rankExperts, type RankedExpert, type RankReason } from "./ranking";
