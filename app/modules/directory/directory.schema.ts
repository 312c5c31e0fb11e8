import { z } from "zod";
import { checkbox, optionalText } from "~/utils/fields";
import { wholeNumber } from "~/utils/fields";
import { languageCode, MAX_LANGUAGES, normalizeLanguages, normalizeTags, tagsProblem } from "./directory";

export const profileSchema = z
  .object({
    visible: checkbox(),
    headline: optionalText(120),
    bio: optionalText(1500),
    website: z
      .string()
      .max(200, { error: "errors.tooLong" })
      .transform((v) => (/^https?:\/\//i.test(v) ? v : `https://${v}`))
      .pipe(z.url({ protocol: /^https?$/, error: "directory.errors.website" }))
      .optional(),
    expertise: z
      .string()
      .max(600, { error: "errors.tooLong" })
      .optional()
      .transform(normalizeTags)
      .superRefine((tags, ctx) => {
        const problem = tagsProblem(tags);
        if (problem) ctx.addIssue({ code: "custom", message: `directory.errors.tags.${problem}` });
      }),
    helpsStudents: checkbox(),
    helpHoursPerMonth: wholeNumber(0, 160, "directory.errors.hours").optional(),
    languages: z
      .string()
      .max(60, { error: "errors.tooLong" })
      .optional()
      .transform(normalizeLanguages)
      .refine((codes) => codes.length <= MAX_LANGUAGES && codes.every((c) => languageCode.test(c)), {
        error: "directory.errors.languages",
      }),
  })
  .superRefine((v, ctx) => {
    if (v.helpsStudents && !v.helpHoursPerMonth) {
      ctx.addIssue({ code: "custom", path: ["helpHoursPerMonth"], message: "directory.errors.hoursRequired" });
    }
  })
  .transform((v) => ({
    visible: v.visible,
    headline: v.headline ?? "",
    bio: v.bio ?? "",
    website: v.website ?? null,
    expertise: v.expertise,
    helpsStudents: v.helpsStudents,
    helpHoursPerMonth: v.helpsStudents ? (v.helpHoursPerMonth ?? 0) : 0,
    languages: v.languages,
  }));

export type ProfileInput = z.output<typeof profileSchema>;

export const directoryFilterSchema = z.object({
  q: optionalText(100),
  tag: optionalText(40).catch(undefined),
  helps: z.literal("1").optional().catch(undefined),
});
