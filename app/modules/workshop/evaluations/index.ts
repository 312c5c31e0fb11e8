// Evaluations, client-safe: the SME's two forms.
export { followUpAnswerSchema, smeEvaluationSchema } from "./evaluations.schema";
