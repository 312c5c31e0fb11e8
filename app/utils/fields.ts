import { z } from "zod";

/**
 * Zod building blocks for forms. Every message is an i18n key, so the same schema gives
 * Dutch or English errors beside the field. Inputs arrive trimmed, with "" as undefined.
 */
export const requiredText = (max = 200) =>
  z.string({ error: "errors.required" }).min(1, { error: "errors.required" }).max(max, { error: "errors.tooLong" });

export const optionalText = (max = 200) =>
  z.string().max(max, { error: "errors.tooLong" }).optional();

export const email = () =>
  z
    .string({ error: "errors.required" })
    .max(254, { error: "errors.tooLong" })
    .pipe(z.email({ error: "errors.email" }))
    .transform((v) => v.toLowerCase());

/** Dutch and international numbers: digits, spaces, dashes, an optional leading +. */
export const phone = () =>
  z
    .string()
    .regex(/^\+?[0-9 ()-]{8,20}$/, { error: "errors.phone" })
    .optional();

/** An HTML checkbox: present ("on") or absent. */
export const checkbox = () => z.literal("on").optional().transform((v) => v === "on");

/** A uuid from a hidden field or URL parameter. */
export const id = () => z.uuid({ error: "errors.invalid" });
