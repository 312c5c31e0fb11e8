// Trajectories, client-safe: the forms and the status rules.
export { mayMove, nextStatuses } from "./status";
export {
  teamInviteSchema,
  trajectoryActionSchema,
  trajectoryFilterSchema,
  trajectoryFormSchema,
  trajectoryMoveSchema,
  type TeamInviteInput,
  type TrajectoryFormInput,
} from "./trajectory.schema";
