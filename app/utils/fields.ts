import { z } from "zod";
import { isUuid } from "./ids";
import { parseEuros } from "./money";
import { isIsoDate } from "./calendar";
import { TIME_RE } from "./zoned-time";

/**
 * Zod building blocks for forms. Every message is an i18n key, so the same schema gives
 * Dutch or English errors beside the field. Inputs arrive trimmed, with "" as undefined.
 */
export const requiredText = (max = 200) =>
  z.string({ error: "errors.required" }).min(1, { error: "errors.required" }).max(max, { error: "errors.tooLong" });

export const optionalText = (max = 200) => z.string().max(max, { error: "errors.tooLong" }).optional();

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
export const checkbox = () =>
  z
    .literal("on")
    .optional()
    .transform((v) => v === "on");

/** A uuid from a hidden field or URL parameter. */
export const id = () => z.string({ error: "errors.invalid" }).refine(isUuid, { error: "errors.invalid" });

/** An amount typed in euros ("12,50", "€ 1.234,56"), as integer cents from 0 up to `max`. */
export const euros = (max = 100_000_00) =>
  z.string({ error: "errors.required" }).transform((v, ctx) => {
    const cents = parseEuros(v);
    if (cents === null || cents < 0 || cents > max) {
      ctx.addIssue({ code: "custom", message: "errors.money" });
      return z.NEVER;
    }
    return cents;
  });

/**
 * A whole number typed in a form, within bounds. Without `message`, "errors.number" says it is
 * not a whole number and "errors.numberRange" that it is out of bounds; a form that names the
 * bounds in one sentence ("between 1 and 7") passes that key for both.
 */
export const wholeNumber = (min: number, max: number, message?: string) =>
  z
    .string({ error: "errors.required" })
    .regex(/^[0-9]{1,9}$/, { error: message ?? "errors.number" })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { error: message ?? "errors.numberRange" })
        .max(max, { error: message ?? "errors.numberRange" }),
    );

/** A local calendar day, "2026-12-01". */
export const localDate = () => z.string({ error: "errors.required" }).refine(isIsoDate, { error: "errors.date" });

/** A local time of day, "09:30". */
export const localTime = () => z.string({ error: "errors.required" }).regex(TIME_RE, { error: "errors.time" });

/** Checkboxes sharing a name: one ticked arrives as a string, several as an array, none as nothing. */
export const manyOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(values, { error: "errors.invalid" })));
