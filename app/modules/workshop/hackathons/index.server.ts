// Hackathons on the server: challenges from intakes, the jury, teams, scores and results, the SME's link.
export { addChallenge, addJuror, hackathonFile, listHackathons, openChallenges } from "./challenges.server";
export {
  addTeamOutcomeVersion,
  outcomeChallengesFor,
  outcomeVersionsOf,
  recordOutcome,
  staffOutcomeDownload,
  teamOutcomeDownload,
} from "./outcomes.server";
export { hackathonResults, judgedHackathons, scoreTeam } from "./jury.server";
export { challengeFollowView, challengeOutcomeDownload, sendChallengeLink } from "./sme-link.server";
export { assignToTeam, hackathonPage, joinTeam, leaveTeam, MAX_TEAM_SIZE, startTeam } from "./teams.server";
export * from "./index";
