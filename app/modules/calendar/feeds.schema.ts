import { z } from "zod";

/** The calendar-feed page: make a new secret address, or switch the feed off. */
export const feedActionSchema = z.object({ intent: z.enum(["renew", "revoke"]) });
