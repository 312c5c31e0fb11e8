import { z } from "zod";
import { intakeRoutes, intakeStages, organisationSizes, workshopThemes } from "#db/schema/enums";
import { checkbox, email, id, manyOf, optionalText, phone, requiredText } from "~/utils/fields";

const kvkWhenGiven = () =>
  z
    .string()
    .transform((v) => v.replace(/[\s.-]/g, ""))
    .refine((v) => /^[0-9]{8}$/.test(v), { error: "workshop.intake.errors.kvk" })
    .optional();

/**
 * The public intake form. `website` is a honeypot: hidden from people, filled by bots; a filled
 * one is answered as if accepted and stored nowhere.
 */
export const intakeFormSchema = z.object({
  organisation: requiredText(200),
  contactName: requiredText(120),
  email: email(),
  phone: phone(),
  kvkNumber: kvkWhenGiven(),
  sizeClass: z.enum(organisationSizes, { error: "workshop.intake.errors.sizeClass" }),
  sector: requiredText(120),
  themes: manyOf(workshopThemes).refine((v) => v.length > 0, { error: "workshop.intake.errors.themes" }),
  question: requiredText(4000),
  availability: optionalText(1000),
  consent: checkbox().refine((v) => v, { error: "workshop.intake.errors.consent" }),
  website: z.string().max(500).optional(),
});
export type IntakeFormInput = z.infer<typeof intakeFormSchema>;

/** Vraagarticulatie: what staff make of the question, the route and who owns the file. */
const articulationSchema = z.object({
  intent: z.literal("articulate"),
  notes: optionalText(10000),
  clarifiedQuestion: optionalText(4000),
  route: z.enum(intakeRoutes, { error: "workshop.errors.route" }).optional(),
  ownerId: id().optional(),
});

const moveSchema = z.object({
  intent: z.literal("move"),
  to: z.enum(intakeStages, { error: "errors.invalid" }),
});

export const intakeActionSchema = z.discriminatedUnion("intent", [articulationSchema, moveSchema], { error: "errors.invalid" });

/** The board's filters, from the query string. */
export const boardFilterSchema = z.object({
  theme: z.enum(workshopThemes).optional(),
  sizeClass: z.enum(organisationSizes).optional(),
  route: z.enum(intakeRoutes).optional(),
  owner: id().optional(),
  view: z.enum(["board", "list"]).optional(),
});
export type BoardFilter = z.infer<typeof boardFilterSchema>;
