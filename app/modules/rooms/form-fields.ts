import { z } from "zod";
import { isIsoDate } from "~/utils/calendar";
import { TIME_RE } from "~/utils/zoned-time";

/** Form building blocks for rooms, bookings and events; messages are dictionary keys. */

/** "25", "25,50", "€ 1.250,00" or "25.5" → integer cents. */
export function parseEuros(input: string): number | null {
  const cleaned = input.replace(/€|\s/g, "");
  if (!/^\d{1,3}(\.\d{3})*(,\d{1,2})?$|^\d+([.,]\d{1,2})?$/.test(cleaned)) return null;
  const normalised = /,\d{1,2}$/.test(cleaned) || cleaned.includes(",") ? cleaned.replace(/\./g, "").replace(",", ".") : cleaned;
  const value = Math.round(Number(normalised) * 100);
  return Number.isFinite(value) ? value : null;
}

export const euros = () =>
  z
    .string({ error: "errors.required" })
    .transform((v, ctx) => {
      const cents = parseEuros(v);
      if (cents === null || cents > 100_000_00) {
        ctx.addIssue({ code: "custom", message: "errors.money" });
        return z.NEVER;
      }
      return cents;
    });

export const localDate = () =>
  z.string({ error: "errors.required" }).refine(isIsoDate, { error: "errors.date" });

export const localTime = () => z.string({ error: "errors.required" }).regex(TIME_RE, { error: "errors.time" });

export const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ error: "errors.number" })
    .int({ error: "errors.number" })
    .min(min, { error: "errors.numberRange" })
    .max(max, { error: "errors.numberRange" });
