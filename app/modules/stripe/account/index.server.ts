/** What a member manages on /account/payments: the saved method per billing party, and their Stripe payments. */
export { detachCall, paymentMethodsOf, removeMethod, setupCheckoutCall, setupSessionHandlers, startMethodSetup } from "./methods.server";
export { stripePaymentsOf } from "./payments.server";
