// Trajectories, client-safe: the forms and the status rules.
export { mayMove, nextStatuses, teamStillWorks } from "./status";
export {
  milestoneSchema,
  teamActionSchema,
  teamInviteSchema,
  trajectoryActionSchema,
  trajectoryFilterSchema,
  trajectoryFormSchema,
  trajectoryMoveSchema,
  type MilestoneInput,
  type MilestoneMoveInput,
  type TeamInviteInput,
  type TrajectoryFormInput,
} from "./trajectory.schema";
