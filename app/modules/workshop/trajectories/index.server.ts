// Trajectories on the server: starting one from an intake, the list, the file and its status.
export { createTrajectory, intakeForTrajectory, listTrajectories, moveTrajectory, trajectoryFile } from "./trajectory.server";
export * from "./index";
