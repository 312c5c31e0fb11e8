/** Refunds through Stripe: a credit note refunds, a dashboard refund becomes a proposal for the manager. */
export { queueRefunds, refundCall, refundHandlers, refundOfCreditNote } from "./refund.server";
export { confirmRefundProposal, dismissRefundProposal, refundProposals } from "./proposals.server";
