import { z } from "zod";
import { euros, id, localDate, requiredText } from "~/utils/fields";

/** Staff make a stage-opdracht of an intake routed to an internship assignment, with its pay-what-you-want fee. */
export const assignmentSchema = z
  .object({
    intent: z.literal("create"),
    intakeId: id(),
    title: requiredText(200),
    description: requiredText(4000),
    startsOn: localDate(),
    endsOn: localDate(),
    // The payment rail asks at least € 1; an assignment without a fee is waived by staff instead.
    feeMinimum: euros(10_000_00).refine((c) => c >= 100, { error: "workshop.internship.errors.minimum" }),
    feeSuggested: euros(10_000_00),
  })
  .refine((v) => v.startsOn <= v.endsOn, { error: "workshop.trajectory.errors.period", path: ["endsOn"] })
  .refine((v) => v.feeSuggested >= v.feeMinimum, { error: "workshop.internship.errors.suggested", path: ["feeSuggested"] });
export type AssignmentInput = z.infer<typeof assignmentSchema>;

/** What staff post on the list: a new assignment, "delivered" (asks the SME to pay), or a waived fee. */
export const internshipStaffSchema = z.discriminatedUnion(
  "intent",
  [
    assignmentSchema,
    z.object({ intent: z.literal("deliver"), assignmentId: id() }),
    z.object({ intent: z.literal("waive"), assignmentId: id(), reason: requiredText(500) }),
  ],
  { error: "errors.invalid" },
);

/** A teacher claims an open assignment for one of the werkplaats's students. */
export const claimSchema = z.object({ assignmentId: id(), studentId: id() });
