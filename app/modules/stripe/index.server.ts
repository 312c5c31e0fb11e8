/** Stripe as the payment rail: the client, queued calls, webhooks and what other parts plug in. */
export { isStripeConfigured, isStripeTestMode, stripeCheckoutOrigin, stripeClient } from "./client.server";
export { savedCustomerOf, stripeCustomerFor } from "./customers.server";
export { attemptStripeCall, backoffSeconds, queueStripeCall, stripeCallsNeedingAttention } from "./calls.server";
export { handlersFor, lastWebhookAt, receiveStripeWebhook, type WebhookOutcome } from "./events.server";
export { runDueStripeCalls, startStripeWorker, stripeOverview, stripeStatus, stripeWorkerRound } from "./status.server";
export { paymentMethodsOf, removeMethod, startMethodSetup, stripePaymentsOf } from "./account/index.server";
export { payoutsOf } from "./payouts/index.server";
export { queueCollections } from "./collections/index.server";
export { confirmRefundProposal, dismissRefundProposal, queueRefunds, refundOfCreditNote, refundProposals } from "./refunds/index.server";
export { onlinePaymentOf, payInvoiceOnline } from "./invoices/index.server";
export { startDayPassCheckout, startRequestCheckout, startStrippenkaartCheckout, startTicketCheckout } from "./purchases/index.server";
export * from "./index";
