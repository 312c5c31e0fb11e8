import { z } from "zod";
import { email, id, optionalText, requiredText } from "~/utils/fields";
import { isoDate } from "~/utils/date-field";

/** How the desk takes money (the ledger's payment methods `pin` and `cash`). */
const deskMethods = ["pin", "cash"] as const;

/** A member or day-pass holder checks in or out on /checkin. */
export const checkinSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("checkin") }),
  z.object({ intent: z.literal("checkout"), checkInId: id() }),
]);

/** Buying (or cancelling) a day pass on /daypass. */
export const dayPassFormSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("buy"), day: isoDate(), areaId: id().optional() }),
  z.object({ intent: z.literal("cancel"), dayPassId: id() }),
]);

const code = () =>
  z
    .string({ error: "errors.required" })
    .transform((v) => v.replace(/\s/g, "").toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9]{6}$/, { error: "checkin.errors.codeFormat" }));

/** The reception's forms. */
export const receptionFormSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("checkin-member"), userId: id() }),
  z.object({ intent: z.literal("checkin-code"), code: code() }),
  z.object({ intent: z.literal("checkout"), checkInId: id() }),
  z.object({
    intent: z.literal("walk-in"),
    name: requiredText(120),
    email: email(),
    areaId: id().optional(),
    // Paid at once at the desk, or left open (the invoice says how to pay).
    payment: z
      .enum(deskMethods, { error: "errors.invalid" })
      .optional()
      .or(z.literal("").transform(() => undefined)),
  }),
  z.object({ intent: z.literal("pay-pass"), dayPassId: id(), method: z.enum(deskMethods, { error: "errors.invalid" }) }),
]);

export const receptionSearchSchema = z.object({ q: optionalText(100) });
