import { z } from "zod";
import { quarterHours } from "../hours/hours.schema";
import { euros, id, localDate, optionalText, wholeNumber } from "~/utils/fields";

export const inviteSchema = z.object({
  userId: id(),
  hoursPerMonth: wholeNumber(1, 160, "workshop.experts.errors.hours"),
});
export type InviteInput = z.output<typeof inviteSchema>;

export const answerSchema = z.object({
  placeId: id(),
  answer: z.enum(["accept", "decline"], { error: "errors.invalid" }),
});

export const logHoursSchema = z.object({
  placeId: id(),
  workedOn: localDate(),
  hours: quarterHours(),
  note: optionalText(300),
});
export type LogHoursInput = z.output<typeof logHoursSchema>;

export const hourRateSchema = z.object({ rate: euros(1000_00) });
