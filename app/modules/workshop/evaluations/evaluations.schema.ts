import { z } from "zod";
import { followUpSteps } from "#db/schema/enums";
import { manyOf, optionalText, wholeNumber } from "~/utils/fields";

/** The SME's evaluation at delivery: a mark, whether they would recommend us, and what they plan next. */
export const smeEvaluationSchema = z.object({
  rating: wholeNumber(1, 10, "workshop.evaluation.errors.rating"),
  wouldRecommend: z.enum(["yes", "no"], { error: "workshop.evaluation.errors.recommend" }),
  plannedSteps: manyOf(followUpSteps),
  comment: optionalText(4000),
});
export type SmeEvaluationInput = z.infer<typeof smeEvaluationSchema>;

/** Three months on: which steps were taken (at least one answer, "nothing yet" included). */
export const followUpAnswerSchema = z.object({
  takenSteps: manyOf(followUpSteps).refine((v) => v.length > 0, { error: "workshop.evaluation.errors.steps" }),
});
export type FollowUpAnswerInput = z.infer<typeof followUpAnswerSchema>;

const mark = () => wholeNumber(1, 10, "workshop.evaluation.errors.rating");

/**
 * A student's or the teacher's own evaluation on the team page, after delivery: the trajectory
 * as a whole, how the team worked, the SME, and the expert(s) when the trajectory had any.
 */
export const teamEvaluationSchema = z.object({
  intent: z.literal("evaluation"),
  rating: mark(),
  teamRating: mark(),
  smeRating: mark(),
  expertRating: mark().optional(),
  comment: optionalText(4000),
});
export type TeamEvaluationInput = z.infer<typeof teamEvaluationSchema>;
