import { z } from "zod";
import { email, id, optionalText, requiredText } from "~/utils/fields";
import { localDate, localTime, wholeNumber } from "~/utils/fields";

/** Publish consultation hours: back-to-back slots on a day, repeated weekly. */
export const publishSlotsSchema = z.object({
  intent: z.literal("publish"),
  topic: requiredText(140),
  location: optionalText(200),
  date: localDate(),
  startTime: localTime(),
  slotMinutes: wholeNumber(15, 120).refine((n) => n % 15 === 0, { error: "rooms.error.quarter" }),
  count: wholeNumber(1, 12),
  weeks: wholeNumber(1, 26),
});

export const hostActionSchema = z.discriminatedUnion("intent", [
  publishSlotsSchema,
  z.object({ intent: z.literal("cancel-slot"), slotId: id() }),
]);

export const bookSlotSchema = z.object({
  name: requiredText(120),
  email: email(),
  organisation: optionalText(160),
  question: requiredText(1000),
  consent: z.literal("on", { error: "events.error.consent" }),
});

/** The booker's appointment page: the cancel button carries no fields. */
export const cancelAppointmentSchema = z.object({});
