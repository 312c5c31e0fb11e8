// Hackathons, client-safe: the forms and the ranking rule.
export { hackathonActionSchema, hackathonStaffSchema, type ChallengeInput, type OutcomeInput, type ScoreInput } from "./hackathon.schema";
export { hackathonTitle } from "./titles";
export { rankTeams, TIE_BREAK_ORDER, type RankedTeam, type Score, type TieNote } from "./ranking";
