// Evaluations on the server: asking at delivery, the follow-up job, the answers and staff's view.
export {
  answerEvaluation,
  answerFollowUp,
  askDueFollowUps,
  evaluationByToken,
  evaluationsOf,
  followUpByToken,
} from "./evaluations.server";
export { answerTeamEvaluation, teamEvaluationFor } from "./team-evaluation.server";
export * from "./index";
