// What other modules and routes may use of the Digitale Werkplaats on the server (with everything in index.ts).
export { articulateIntake, intakeBoard, intakeFile, moveIntake, workshopStaff } from "./board.server";
export { INTAKE_RETENTION_MONTHS, residentDefaults, submitIntake } from "./intake.server";
export { deleteExpiredIntakes } from "./retention.server";
export { reachRecords } from "./reach.server";
export * from "./experts/index.server";
export * from "./trajectories/index.server";
export * from "./index";
