import { z } from "zod";
import { email, id, optionalText, requiredText, wholeNumber } from "~/utils/fields";
import { fileOrLinkFields, oneOf, oneOfError } from "../deliverables/deliverables.schema";

const mark = () => wholeNumber(1, 10, "workshop.hackathon.errors.score");

/** Staff turn an intake routed to a hackathon challenge into a challenge of this hackathon. */
const challengeSchema = z.object({
  intent: z.literal("challenge"),
  intakeId: id(),
  title: requiredText(200),
  description: optionalText(4000),
});
export type ChallengeInput = z.infer<typeof challengeSchema>;

/** Staff ask someone with an account onto the jury, by their address. */
const jurorSchema = z.object({ intent: z.literal("juror"), email: email() });

/**
 * Staff record what came of a challenge: a summary, and the teams' work as a deliverable is handed
 * in (a file or a link, not both); without either only the summary changes.
 */
const outcomeSchema = z
  .object({
    intent: z.literal("outcome"),
    challengeId: id(),
    outcome: requiredText(4000),
    ...fileOrLinkFields,
  })
  .refine((v) => v.file === undefined || v.url === undefined, oneOfError);
export type OutcomeInput = z.infer<typeof outcomeSchema>;

/** Staff put a student in a team, or move them to another. */
const assignSchema = z.object({ intent: z.literal("assign"), studentId: id(), teamId: id() });

/** What the staff page of a hackathon posts. */
export const hackathonStaffSchema = z.discriminatedUnion(
  "intent",
  [challengeSchema, jurorSchema, outcomeSchema, assignSchema, z.object({ intent: z.literal("smeLink"), challengeId: id() })],
  { error: "errors.invalid" },
);

/** A student starts a team on a challenge (and is its first member). */
const newTeamSchema = z.object({ intent: z.literal("newTeam"), challengeId: id(), name: requiredText(80) });

/** A juror's marks for one team, one per criterion; sending again replaces them. */
const scoreSchema = z.object({
  intent: z.literal("score"),
  teamId: id(),
  idea: mark(),
  impact: mark(),
  feasibility: mark(),
  presentation: mark(),
});
export type ScoreInput = z.infer<typeof scoreSchema>;

/** A team (or a teacher) hands in a next version of their challenge's outcome: a file or a link. */
const teamWorkSchema = z.object({ intent: z.literal("work"), challengeId: id(), ...fileOrLinkFields }).refine(oneOf, oneOfError);

/** What the hackathon's own page posts: start, join or leave a team, a juror's marks, or the team's work. */
export const hackathonActionSchema = z.discriminatedUnion(
  "intent",
  [
    newTeamSchema,
    z.object({ intent: z.literal("join"), teamId: id() }),
    z.object({ intent: z.literal("leave"), teamId: id() }),
    scoreSchema,
    teamWorkSchema,
  ],
  { error: "errors.invalid" },
);
