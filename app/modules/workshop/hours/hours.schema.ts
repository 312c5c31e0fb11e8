import { z } from "zod";
import { localDate, optionalText } from "~/utils/fields";

/** Hours in quarter steps ("1,5", "0.25", "3"), as minutes: at least a quarter, at most a day. */
export const quarterHours = () =>
  z
    .string({ error: "errors.required" })
    .regex(/^\d{1,2}([.,](0|00|25|5|50|75))?$/, { error: "workshop.hours.errors.quarters" })
    .transform((v) => Math.round(Number(v.replace(",", ".")) * 60))
    .refine((m) => m >= 15 && m <= 24 * 60, { error: "workshop.hours.errors.quarters" });

/** A student, teacher or coach logs time on their team's trajectory. */
export const teamHoursSchema = z.object({
  intent: z.literal("hours"),
  workedOn: localDate(),
  hours: quarterHours(),
  note: optionalText(300),
});
export type TeamHoursInput = z.infer<typeof teamHoursSchema>;
