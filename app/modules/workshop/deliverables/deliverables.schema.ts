import { z } from "zod";
import { deliverableKinds } from "#db/schema/enums";
import { id, optionalText, requiredText } from "~/utils/fields";

/** A link to a deliverable that lives elsewhere (a repository, a shared folder): http(s) only. */
const link = () =>
  optionalText(2000).refine((v) => v === undefined || /^https?:\/\/[^\s]+$/i.test(v), { error: "workshop.deliverables.errors.link" });

/** A version is a file or a link, never both and never neither; the file's size and type are the module's to judge. */
export const fileOrLinkFields = {
  file: z.instanceof(File, { error: "errors.invalid" }).optional(),
  url: link(),
};
export const oneOf = (v: { file?: File; url?: string }) => (v.file === undefined) !== (v.url === undefined);
export const oneOfError = { error: "workshop.deliverables.errors.fileOrLink", path: ["file"] };

/** The team records a new deliverable with its first version. */
export const newDeliverableSchema = z
  .object({
    intent: z.literal("deliverable"),
    title: requiredText(200),
    kind: z.enum(deliverableKinds, { error: "errors.invalid" }),
    ...fileOrLinkFields,
  })
  .refine(oneOf, oneOfError);

/** The team hands in a next version of a deliverable. */
export const newVersionSchema = z
  .object({
    intent: z.literal("version"),
    deliverableId: id(),
    ...fileOrLinkFields,
  })
  .refine(oneOf, oneOfError);

export type DeliverableContent = { file?: File; url?: string };
export type NewDeliverableInput = z.infer<typeof newDeliverableSchema>;

/** Staff accept a version (the SME sees it) or return it with a note for the team. */
export const reviewSchema = z
  .object({
    intent: z.literal("review"),
    versionId: id(),
    verdict: z.enum(["accepted", "returned"], { error: "errors.invalid" }),
    note: optionalText(2000),
  })
  .refine((v) => v.verdict === "accepted" || v.note !== undefined, {
    error: "workshop.deliverables.errors.noteNeeded",
    path: ["note"],
  });
export type ReviewInput = z.infer<typeof reviewSchema>;
