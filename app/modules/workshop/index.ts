// What the browser and the server may use of the Digitale Werkplaats: client-safe code only, never a .server file.
export {
  deliverableKinds,
  evaluationRespondents,
  followUpSteps,
  intakeRoutes,
  intakeStages,
  milestoneKinds,
  organisationSizes,
  studyLevels,
  trajectoryMemberRoles,
  trajectoryStatuses,
  workshopThemes,
  type DeliverableKind,
  type DeliverableReview,
  type EvaluationRespondent,
  type FollowUpStep,
  type IntakeRoute,
  type IntakeStage,
  type MilestoneKind,
  type OrganisationSize,
  type StudyLevel,
  type TrajectoryMemberRole,
  type TrajectoryStatus,
  type WorkshopTheme,
} from "#db/schema/enums";
export { boardFilterSchema, intakeActionSchema, intakeFormSchema, type BoardFilter, type IntakeFormInput } from "./intake.schema";
export { allowedMoves, evaluatedByAnswer, moveRefusal } from "./stages";
export * from "./deliverables/index";
export * from "./evaluations/index";
export * from "./experts/index";
export * from "./hours/index";
export * from "./trajectories/index";
export * from "./hackathons/index";
export * from "./internships/index";
