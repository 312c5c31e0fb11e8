import { z } from "zod";
import { checkbox, email, id, optionalText, requiredText } from "~/utils/fields";
import { euros, localDate, localTime, manyOf as many, wholeNumber } from "~/utils/fields";
import { AUDIENCES, EVENT_KINDS, THEMES } from "./event-rules";

/** The event form (create and edit). A room is booked through the room engine; or an online link. */
export const eventFormSchema = z
  .object({
    intent: z.enum(["save", "publish"]).default("save"),
    kind: z.enum(EVENT_KINDS, { error: "events.error.kind" }),
    titleNl: requiredText(140),
    titleEn: optionalText(140),
    descriptionNl: optionalText(5000),
    descriptionEn: optionalText(5000),
    themes: many(THEMES),
    audiences: many(AUDIENCES),
    startDate: localDate(),
    startTime: localTime(),
    endDate: localDate().optional(),
    endTime: localTime(),
    roomId: id().optional(),
    onlineUrl: z
      .url({ protocol: /^https?$/, error: "events.error.url" })
      .max(500, { error: "errors.tooLong" })
      .optional(),
    capacity: wholeNumber(1, 10000),
    registrationOpens: localDate().optional(),
    registrationCloses: localDate().optional(),
    speakers: optionalText(2000),
    price: euros().optional(),
  })
  .superRefine(
    (e, ctx) => {
      if (!e.roomId && !e.onlineUrl) ctx.addIssue({ code: "custom", path: ["roomId"], message: "events.error.whereRequired" });
      if (!Array.isArray(e.audiences) || e.audiences.length === 0)
        ctx.addIssue({ code: "custom", path: ["audiences"], message: "events.error.audienceRequired" });
      if (e.registrationOpens && e.registrationCloses && e.registrationCloses < e.registrationOpens) {
        ctx.addIssue({ code: "custom", path: ["registrationCloses"], message: "events.error.windowOrder" });
      }
    },
    { when: () => true },
  );
export type EventFormInput = z.infer<typeof eventFormSchema>;

export const agendaFilterSchema = z.object({
  theme: z.enum(THEMES).optional().catch(undefined),
  kind: z.enum(EVENT_KINDS).optional().catch(undefined),
});

/** Register: a logged-in member in one click (no fields), or a guest. */
const guestRegistrationSchema = z.object({
  intent: z.literal("register"),
  name: requiredText(120),
  email: email(),
  organisation: optionalText(160),
  consent: z.literal("on", { error: "events.error.consent" }),
});
const memberRegistrationSchema = z.object({ intent: z.literal("register-member") });
export const registrationFormSchema = z.discriminatedUnion("intent", [
  guestRegistrationSchema,
  memberRegistrationSchema,
  z.object({ intent: z.literal("cancel-member") }),
]);

export const attendeeActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("checkin"), registrationId: id() }),
  z.object({ intent: z.literal("undo-checkin"), registrationId: id() }),
  z.object({ intent: z.literal("cancel-registration"), registrationId: id() }),
  z.object({ intent: z.literal("checkin-code"), code: requiredText(40) }),
  z.object({
    intent: z.literal("email"),
    subject: requiredText(140),
    message: requiredText(5000),
    includeWaitlist: checkbox(),
  }),
]);

export const eventStatusSchema = z.object({ intent: z.enum(["publish", "unpublish", "cancel-event"]) });

/** The guest's ticket page: the cancel button. */
export const ticketCancelSchema = z.object({ intent: z.literal("cancel") });

/** The page a scanned QR code opens: the confirm button carries no fields. */
export const checkinConfirmSchema = z.object({});
