/** Purchases paid at Checkout: held tickets and day passes, payment requests, and the webhooks that settle them. */
export { startTicketCheckout, ticketHandlers } from "./tickets.server";
export { startRequestCheckout, paymentRequestHandlers } from "./payment-requests.server";
export { purchaseCheckoutCall } from "./checkout.server";
export { dayPassHandlers, startDayPassCheckout } from "./day-passes.server";
export { startStrippenkaartCheckout, strippenkaartHandlers } from "./strippenkaarten.server";
export { holdRefundCall } from "./unsold.server";
