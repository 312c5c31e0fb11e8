// Trajectories on the server: starting one from an intake, the list, the file, its status and team.
export { addMilestone, cancelMilestone, milestoneActivities, milestonesOf, moveMilestone } from "./milestones.server";
export { sendSmeLink, smeDownload, smeView } from "./sme-link.server";
export { inviteTeamMember, teamTrajectory } from "./team.server";
export {
  createTrajectory,
  intakeForTrajectory,
  listTrajectories,
  moveTrajectory,
  trajectoryFile,
  trajectoryMovesOf,
} from "./trajectory.server";
export * from "./index";
