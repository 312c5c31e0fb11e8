import { z } from "zod";

/** The sending buttons: this invoice (again, if the manager says so), or every one not yet sent. */
export const sendFormSchema = z.object({ intent: z.enum(["send", "resend", "sendAll"], { error: "errors.invalid" }) });
