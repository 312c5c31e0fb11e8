import { z } from "zod";
import { checkbox } from "~/utils/fields";

/** Paying an invoice online: only whether the payer agrees to later invoices being collected. */
export const payOnlineSchema = z.object({ saveForLater: checkbox() });

/** The manager's answer to a refund made in Stripe's dashboard. */
export const refundProposalSchema = z.object({ intent: z.enum(["confirm", "dismiss"]) });
