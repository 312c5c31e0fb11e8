import { z } from "zod";
import { checkbox, id } from "~/utils/fields";

/** Paying an invoice online: only whether the payer agrees to later invoices being collected. */
export const payOnlineSchema = z.object({ saveForLater: checkbox() });

/** The manager's answer to a refund made in Stripe's dashboard. */
export const refundProposalSchema = z.object({ intent: z.enum(["confirm", "dismiss"]) });

/** /account/payments: add (or replace) or remove the method of one billing party the member pays for ("self": their own name). */
export const paymentMethodSchema = z.object({
  intent: z.enum(["add", "remove"]),
  party: z.union([z.literal("self"), id()]),
});
