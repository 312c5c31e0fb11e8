// What other modules and routes may use of the Digitale Werkplaats on the server (with everything in index.ts).
export { articulateIntake, intakeBoard, intakeFile, moveIntake, workshopStaff } from "./board.server";
export { INTAKE_RETENTION_MONTHS, residentDefaults, submitIntake } from "./intake.server";
export { deleteExpiredIntakes } from "./retention.server";
export { workshopFigures, workshopHome } from "./home.server";
export * from "./deliverables/index.server";
export * from "./evaluations/index.server";
export { intakesByEmail, reachRecords } from "./reach.server";
export * from "./experts/index.server";
export * from "./hours/index.server";
export * from "./trajectories/index.server";
export * from "./hackathons/index.server";
export * from "./internships/index.server";
export * from "./index";
