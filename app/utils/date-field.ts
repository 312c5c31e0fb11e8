import { z } from "zod";
import { isIsoDate } from "./calendar";

/** A calendar date from an <input type="date"> ("2026-11-27"); the message is a dictionary key. */
export const isoDate = (message = "errors.date") =>
  z.string({ error: "errors.required" }).refine(isIsoDate, { error: message });
