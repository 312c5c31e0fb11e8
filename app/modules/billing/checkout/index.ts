/** The payer's form for a payment request, safe for the browser. */
export { amountChoiceSchema, defaultMaximum, type RequestBounds } from "./payment-request-rules";
