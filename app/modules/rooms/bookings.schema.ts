import { z } from "zod";
import { checkbox, id, localDate, localTime, optionalText, wholeNumber } from "~/utils/fields";
import { parseInstant } from "~/utils/zoned-time";

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

/** A visible range for the calendar JSON: ISO instants, or local dates/date-times; nonsense is a 400. */
export const rangeSchema = z
  .object({
    start: z.string({ error: "errors.range" }).max(40),
    end: z.string({ error: "errors.range" }).max(40),
    room: z.uuid({ error: "errors.invalid" }).optional(),
    /** "events": only activities (the month view). */
    only: z.enum(["events"]).optional(),
  })
  .transform((r, ctx) => {
    const start = parseInstant(r.start);
    const end = parseInstant(r.end);
    if (!start || !end || start >= end) {
      ctx.addIssue({ code: "custom", message: "errors.range" });
      return z.NEVER;
    }
    if (end.getTime() - start.getTime() > 62 * 86400_000) {
      ctx.addIssue({ code: "custom", message: "errors.rangeTooLong" });
      return z.NEVER;
    }
    return { start, end, roomId: r.room, eventsOnly: r.only === "events" };
  });
