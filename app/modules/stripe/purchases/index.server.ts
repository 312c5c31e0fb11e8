/** Purchases paid at Checkout: held tickets and payment requests, and the webhooks that settle them. */
export { startTicketCheckout, ticketHandlers } from "./tickets.server";
export { startRequestCheckout, paymentRequestHandlers } from "./payment-requests.server";
export { purchaseCheckoutCall } from "./checkout.server";
