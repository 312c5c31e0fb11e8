import { z } from "zod";
import { id } from "~/utils/fields";

/** The sending buttons: one invoice (again, if the manager says so), or every one not yet sent. */
export const sendFormSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.enum(["send", "resend"]), invoiceId: id() }),
  z.object({ intent: z.literal("sendAll") }),
]);
