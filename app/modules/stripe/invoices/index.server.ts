/** Paying invoices through Stripe: Checkout for the open amount, and what the webhooks book on the ledger. */
export { invoiceCheckoutCall, invoiceCheckoutHandlers, payInvoiceOnline } from "./checkout.server";
export { bookPurchasePayment, invoicePaymentHandlers } from "./payments.server";
export { onlinePaymentOf } from "./online-payment.server";
export { disputeHandlers } from "./disputes.server";
