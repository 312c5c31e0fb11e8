import { createHash, randomBytes } from "node:crypto";
import type { followUpSteps } from "../schema/enums";
import { addMonths, type IsoDate } from "../../app/utils/calendar";
import { zonedToUtc } from "../../app/utils/zoned-time";

type Step = (typeof followUpSteps)[number];

const unheldLink = () => createHash("sha256").update(randomBytes(32)).digest("hex");

/** What an SME answered after its trajectory, and three months later (null: not asked yet). */
export type DemoEvaluation = { rating: number; recommend: boolean; planned: Step[]; taken: Step[] | null };

/**
 * The row of an SME evaluation answered a few days after delivery, and of its follow-up when
 * three months have passed by today. Both links were used once and so work no more; their
 * hashes are of random tokens nobody holds (the table keeps a link on every SME evaluation).
 */
export function answeredEvaluation(
  ids: { werkplaatsId: string; trajectoryId: string },
  deliveredOn: IsoDate,
  today: IsoDate,
  answer: DemoEvaluation,
) {
  const delivered = zonedToUtc(deliveredOn, "16:00");
  const followUpDueOn = addMonths(deliveredOn, 3);
  const asked = answer.taken !== null && followUpDueOn < today ? zonedToUtc(followUpDueOn, "09:00") : null;
  const day = 86_400_000;
  return {
    ...ids,
    respondent: "sme" as const,
    tokenHash: unheldLink(),
    tokenExpiresAt: new Date(delivered.getTime() + 30 * day),
    askedAt: delivered,
    answeredAt: new Date(delivered.getTime() + 4 * day),
    rating: answer.rating,
    wouldRecommend: answer.recommend,
    plannedSteps: answer.planned,
    followUpDueOn,
    followUpAskedAt: asked,
    followUpTokenHash: asked ? unheldLink() : null,
    followUpExpiresAt: asked ? new Date(asked.getTime() + 30 * day) : null,
    followUpAnsweredAt: asked ? new Date(asked.getTime() + 6 * day) : null,
    takenSteps: asked ? (answer.taken ?? []) : [],
  };
}

/**
 * A student's or the teacher's own evaluation of a handed-over trajectory, answered `afterDays`
 * days after delivery: the trajectory, the team, the SME and (when there was one) the expert.
 */
export function teamEvaluation(
  ids: { werkplaatsId: string; trajectoryId: string; userId: string },
  respondent: "student" | "teacher",
  deliveredOn: IsoDate,
  marks: { rating: number; team: number; sme: number; expert?: number },
  afterDays: number,
) {
  const delivered = zonedToUtc(deliveredOn, "16:00");
  return {
    ...ids,
    respondent,
    askedAt: delivered,
    answeredAt: new Date(delivered.getTime() + afterDays * 86_400_000),
    rating: marks.rating,
    teamRating: marks.team,
    smeRating: marks.sme,
    expertRating: marks.expert ?? null,
  };
}
