import { z } from "zod";
import { checkbox, id, optionalText } from "~/utils/fields";
import { localDate, localTime, wholeNumber } from "./form-fields";

/** The booking form: one slot, optionally weekly for N weeks or until a date. */
export const bookingFormSchema = z
  .object({
    roomId: id(),
    date: localDate(),
    startTime: localTime(),
    endTime: localTime(),
    title: optionalText(120),
    repeat: z.enum(["none", "weeks", "until"], { error: "errors.invalid" }).default("none"),
    weeks: wholeNumber(2, 52).optional(),
    until: localDate().optional(),
    /** After the clash list: book the rest and skip the clashing weeks. */
    onClash: z.enum(["skip"]).optional(),
    /** Staff: book on behalf of this person. */
    forUserId: id().optional(),
    /** Staff: "block" takes the room out of use (maintenance). */
    kind: z.enum(["booking", "block"], { error: "errors.invalid" }).default("booking"),
  })
  .superRefine((b, ctx) => {
    if (b.repeat === "weeks" && b.weeks === undefined) ctx.addIssue({ code: "custom", path: ["weeks"], message: "errors.required" });
    if (b.repeat === "until") {
      if (!b.until) ctx.addIssue({ code: "custom", path: ["until"], message: "errors.required" });
      else if (b.until <= b.date) ctx.addIssue({ code: "custom", path: ["until"], message: "bookings.error.untilBeforeStart" });
    }
  });

export type BookingFormInput = z.infer<typeof bookingFormSchema>;

export const cancelBookingSchema = z.object({
  intent: z.literal("cancel"),
  bookingId: id(),
  series: checkbox(),
});

/** A visible range for the calendar JSON and lists: ISO instants or dates; nonsense is a 400. */
export const rangeSchema = z
  .object({
    start: z.iso.datetime({ offset: true, error: "errors.range" }).or(z.iso.date({ error: "errors.range" })),
    end: z.iso.datetime({ offset: true, error: "errors.range" }).or(z.iso.date({ error: "errors.range" })),
    room: z.uuid({ error: "errors.invalid" }).optional(),
  })
  .transform((r) => ({ start: new Date(r.start), end: new Date(r.end), roomId: r.room }))
  .refine((r) => !Number.isNaN(r.start.getTime()) && !Number.isNaN(r.end.getTime()) && r.start < r.end, { error: "errors.range" })
  .refine((r) => r.end.getTime() - r.start.getTime() <= 62 * 86400_000, { error: "errors.rangeTooLong" });
