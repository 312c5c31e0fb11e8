import { z } from "zod";
import { milestoneKinds, studyLevels, trajectoryMemberRoles, trajectoryStatuses, workshopThemes } from "#db/schema/enums";
import { newDeliverableSchema, newVersionSchema, reviewSchema } from "../deliverables/deliverables.schema";
import { teamEvaluationSchema } from "../evaluations/evaluations.schema";
import { teamHoursSchema } from "../hours/hours.schema";
import { email, id, localDate, localTime, manyOf, optionalText, requiredText } from "~/utils/fields";

/** Institutions arrive as one line each in a textarea; empty lines and duplicates drop out. */
const institutionLines = () =>
  optionalText(2000).transform((v) => [
    ...new Set(
      (v ?? "")
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ]);

/** Staff start a trajectory on an intake that was routed to an advisory trajectory. */
export const trajectoryFormSchema = z
  .object({
    intakeId: id(),
    title: requiredText(200),
    themes: manyOf(workshopThemes),
    clarifiedQuestion: requiredText(4000),
    institutions: institutionLines().refine((v) => v.length > 0, { error: "workshop.trajectory.errors.institutions" }),
    programme: requiredText(200),
    levels: manyOf(studyLevels).refine((v) => v.length > 0, { error: "workshop.trajectory.errors.levels" }),
    periodStart: localDate(),
    periodEnd: localDate(),
  })
  .refine((v) => v.periodStart <= v.periodEnd, { error: "workshop.trajectory.errors.period", path: ["periodEnd"] });
export type TrajectoryFormInput = z.infer<typeof trajectoryFormSchema>;

/** A status button on the trajectory's page. */
export const trajectoryMoveSchema = z.object({
  intent: z.literal("move"),
  to: z.enum(trajectoryStatuses, { error: "errors.invalid" }),
});

/** The list's filter, from the query string. */
export const trajectoryFilterSchema = z.object({
  status: z.enum(trajectoryStatuses).optional(),
});

/** Staff invite someone onto the team. */
export const teamInviteSchema = z.object({
  intent: z.literal("invite"),
  name: requiredText(120),
  email: email(),
  role: z.enum(trajectoryMemberRoles, { error: "errors.invalid" }),
  teamRole: optionalText(120),
  institution: optionalText(200),
  level: z.enum(studyLevels, { error: "errors.invalid" }).optional(),
});
export type TeamInviteInput = z.infer<typeof teamInviteSchema>;

/** Staff schedule a milestone, in the werkplaats's time, optionally in a room. */
export const milestoneSchema = z.object({
  intent: z.literal("milestone"),
  kind: z.enum(milestoneKinds, { error: "errors.invalid" }),
  title: requiredText(200),
  date: localDate(),
  startTime: localTime(),
  endTime: localTime(),
  roomId: id().optional(),
});
export type MilestoneInput = z.infer<typeof milestoneSchema>;

/** Staff move a milestone to another day, time or room; its kind and title stay. */
const milestoneMoveSchema = z.object({
  intent: z.literal("moveMilestone"),
  milestoneId: id(),
  date: localDate(),
  startTime: localTime(),
  endTime: localTime(),
  roomId: id().optional(),
});
export type MilestoneMoveInput = z.infer<typeof milestoneMoveSchema>;

/** Staff cancel a milestone (and with it its activity and room). */
const milestoneCancelSchema = z.object({ intent: z.literal("cancelMilestone"), milestoneId: id() });

/** What the trajectory's page posts: a status button, an invitation, a milestone (new, moved, cancelled), the SME's link or a verdict on a deliverable. */
export const trajectoryActionSchema = z.discriminatedUnion(
  "intent",
  [
    trajectoryMoveSchema,
    teamInviteSchema,
    milestoneSchema,
    milestoneMoveSchema,
    milestoneCancelSchema,
    z.object({ intent: z.literal("smeLink") }),
    reviewSchema,
  ],
  {
    error: "errors.invalid",
  },
);

/** What the team's page posts: a new deliverable, a next version, hours, or one's own evaluation. */
export const teamActionSchema = z.discriminatedUnion(
  "intent",
  [newDeliverableSchema, newVersionSchema, teamHoursSchema, teamEvaluationSchema],
  {
    error: "errors.invalid",
  },
);
