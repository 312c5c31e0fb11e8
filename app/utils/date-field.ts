import { z } from "zod";
import { isIsoDate } from "./calendar";

/**
 * Dates a werkplaats plans with. Anything outside is a typo or an attack, and date arithmetic
 * near year 9999 leaves the ISO format (and PostgreSQL's range) altogether.
 */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;
const inRange = (value: string) => {
  const year = Number(value.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
};

/** A calendar date from an <input type="date"> ("2026-11-27"); the message is a dictionary key. */
export const isoDate = (message = "errors.date") =>
  z.string({ error: "errors.required" }).refine((v) => isIsoDate(v) && inRange(v), { error: message });
