/** Pay-what-you-want: payment requests other modules ask for, paid at Checkout and invoiced on the ledger. */
export {
  createPaymentRequest,
  paymentRequestByToken,
  paymentRequestStatus,
  paymentRequestUrl,
  preparePaymentRequest,
  settlePaymentRequest,
  type NewPaymentRequest,
  type RequestPaid,
} from "./payment-requests.server";
