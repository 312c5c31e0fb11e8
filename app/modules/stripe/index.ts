/** Stripe as the payment rail (client-safe part): the types other parts use to plug in. */
export type { StripeCall, StripeCallKind, StripeEventHandler, StripeMetadata } from "./types";
export { paymentMethodSchema, payOnlineSchema, refundProposalSchema } from "./stripe.schema";
