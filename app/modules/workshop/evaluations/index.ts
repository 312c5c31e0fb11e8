// Evaluations, client-safe: the SME's two forms and the team's own.
export { followUpAnswerSchema, smeEvaluationSchema, teamEvaluationSchema, type TeamEvaluationInput } from "./evaluations.schema";
