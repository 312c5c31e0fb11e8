import { z } from "zod";
import { isoDate } from "~/utils/date-field";
import { id, requiredText } from "~/utils/fields";

const WEEKDAYS = ["1", "2", "3", "4", "5", "6", "7"] as const;

/** The manager's opening-days forms: weekly closed days, one closed day, the Dutch holidays of a year. */
export const openingDaysFormSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("weekdays"),
    // Ticked boxes share a name: none arrives as nothing, one as a string, several as an array.
    weekdays: z
      .preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(WEEKDAYS, { error: "errors.invalid" })))
      .transform((days) => days.map(Number)),
  }),
  z.object({ intent: z.literal("add-day"), day: isoDate(), reason: requiredText(80) }),
  z.object({ intent: z.literal("remove-day"), closedDayId: id() }),
  z.object({
    intent: z.literal("add-holidays"),
    year: z.coerce
      .number({ error: "errors.invalid" })
      .int({ error: "errors.invalid" })
      .min(2000, { error: "errors.invalid" })
      .max(2100, { error: "errors.invalid" }),
  }),
]);
