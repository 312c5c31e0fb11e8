import { z } from "zod";
import { checkbox, optionalText, requiredText } from "~/utils/fields";
import { TIME_RE } from "~/utils/zoned-time";
import { euros, wholeNumber } from "~/utils/fields";

import { AMENITIES, WEEKDAYS } from "./room-options";

const optionalTime = () => z.string().regex(TIME_RE, { error: "errors.time" }).optional();

/** The room form (create and edit). Opening hours come as open_1/close_1 … open_7/close_7; empty is closed. */
export const roomFormSchema = z
  .object({
    name: requiredText(80),
    description: optionalText(1000),
    capacity: wholeNumber(1, 1000),
    // One ticked box arrives as a string, several as an array.
    amenities: z.preprocess(
      (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
      z.array(z.enum(AMENITIES, { error: "errors.invalid" })),
    ),
    memberHourly: euros(),
    guestHourly: euros(),
    minMinutes: wholeNumber(15, 24 * 60).refine((n) => n % 15 === 0, { error: "rooms.error.quarter" }),
    maxMinutes: wholeNumber(15, 24 * 60).refine((n) => n % 15 === 0, { error: "rooms.error.quarter" }),
    bufferBeforeMinutes: wholeNumber(0, 240),
    bufferAfterMinutes: wholeNumber(0, 240),
    advanceDays: wholeNumber(1, 730),
    cancelHours: wholeNumber(0, 24 * 30),
    bookableBy: z.enum(["members", "staff"], { error: "errors.invalid" }),
    active: checkbox(),
    ...Object.fromEntries(
      WEEKDAYS.flatMap((d) => [
        [`open_${d}`, optionalTime()],
        [`close_${d}`, optionalTime()],
      ]),
    ),
  })
  .superRefine(
    (room, ctx) => {
      if (typeof room.maxMinutes === "number" && typeof room.minMinutes === "number" && room.maxMinutes < room.minMinutes)
        ctx.addIssue({ code: "custom", path: ["maxMinutes"], message: "rooms.error.maxBelowMin" });
      const r = room as Record<string, unknown>;
      for (const d of WEEKDAYS) {
        const open = r[`open_${d}`] as string | undefined;
        const close = r[`close_${d}`] as string | undefined;
        if (Boolean(open) !== Boolean(close)) ctx.addIssue({ code: "custom", path: [`close_${d}`], message: "rooms.error.hoursPair" });
        else if (open && close && close <= open) ctx.addIssue({ code: "custom", path: [`close_${d}`], message: "rooms.error.hoursOrder" });
      }
      // Also when other fields are wrong, so every problem shows at once.
    },
    { when: () => true },
  );

export type RoomFormInput = z.infer<typeof roomFormSchema>;

/** The delete button on the edit page carries no fields. */
export const deleteRoomSchema = z.object({});
