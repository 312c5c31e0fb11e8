// Trajectories, client-safe: the forms and the status rules.
export { mayMove, nextStatuses } from "./status";
export { trajectoryFilterSchema, trajectoryFormSchema, trajectoryMoveSchema, type TrajectoryFormInput } from "./trajectory.schema";
