import { z } from "zod";
import { email, id, optionalText, requiredText } from "~/utils/fields";
import { roleValues } from "./roles";

const role = () => z.enum(roleValues, { error: "errors.role" });

/** The forms on the people page, told apart by their `intent` button. */
export const peopleFormSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("invite"), name: requiredText(120), email: email(), role: role() }),
  z.object({ intent: z.literal("grant"), userId: id(), role: role() }),
  z.object({ intent: z.literal("revoke-role"), userId: id(), role: role() }),
  z.object({ intent: z.literal("revoke-invite"), invitationId: id() }),
]);

/** The people page's search: a repeated or over-long q is a 400, not silently cut. */
export const peopleSearchSchema = z.object({ q: optionalText(100) });
