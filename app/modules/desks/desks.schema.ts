import { z } from "zod";
import { id, optionalText, requiredText } from "~/utils/fields";
import { isoDate } from "~/utils/date-field";
import { wholeNumber } from "~/utils/fields";
import { deskKinds } from "#db/schema/enums";

export { deskKinds };

const areaFields = {
  name: requiredText(80),
  description: optionalText(300),
  flexCapacity: wholeNumber(0, 500, "area.errors.capacity"),
  sortOrder: wholeNumber(0, 999).optional(),
};

/** The forms on the desks page, told apart by their `intent` button. */
export const desksFormSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("create-area"), ...areaFields }),
  z.object({ intent: z.literal("update-area"), areaId: id(), ...areaFields }),
  z.object({
    intent: z.literal("create-desk"),
    areaId: id(),
    label: requiredText(20).regex(/^[\p{L}0-9 .\-/]+$/u, { error: "desk.errors.label" }),
    kind: z.enum(deskKinds).default("desk"),
    note: optionalText(120),
  }),
  z.object({ intent: z.literal("archive-desk"), deskId: id() }),
  z.object({ intent: z.literal("restore-desk"), deskId: id() }),
]);

/** A member reserves (or cancels) a flex spot. */
export const reservationFormSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("reserve"), day: isoDate(), areaId: id().optional() }),
  z.object({ intent: z.literal("cancel"), reservationId: id() }),
]);

export const dayQuerySchema = z.object({ date: isoDate().optional() });

export const occupancyQuerySchema = z.object({
  period: z.enum(["day", "week", "month"]).optional().catch(undefined),
  date: isoDate().optional(),
});
