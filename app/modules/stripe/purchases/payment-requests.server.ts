import type Stripe from "stripe";
import { preparePaymentRequest, settlePaymentRequest } from "~/modules/billing/index.server";
import type { Locale } from "~/modules/i18n";
import { appUrl } from "~/utils/env.server";
import type { StripeEventHandler } from "../types";
import { checkoutUrlFor, paidBy } from "./checkout.server";

/**
 * The payer chose an amount on a payment request's page: Checkout for exactly that amount. Each
 * choice is its own attempt (the amount is part of the idempotency key); whichever completes first
 * settles the request, once.
 */
export async function startRequestCheckout(
  werkplaatsId: string,
  token: string,
  choice: { amountCents: number; name: string; email: string },
  locale: Locale,
) {
  const request = await preparePaymentRequest(werkplaatsId, token, choice.amountCents);
  const { url } = await checkoutUrlFor({
    werkplaatsId,
    idempotencyKey: `checkout:request:${request.id}:${choice.amountCents}:${choice.email}:${Date.now()}`,
    name: request.purpose,
    amountCents: choice.amountCents,
    email: choice.email,
    locale,
    metadata: {
      werkplaatsId,
      kind: "payment-request",
      requestId: request.id,
      payerName: choice.name.slice(0, 200),
      payerEmail: choice.email,
    },
    successUrl: `${appUrl()}/pay/${token}?session_id={CHECKOUT_SESSION_ID}`,
    cancelUrl: `${appUrl()}/pay/${token}?cancelled=1`,
  });
  return url;
}

export const paymentRequestHandlers: StripeEventHandler[] = [
  {
    type: "checkout.session.completed",
    kind: "payment-request",
    handle: async (tx, event) => {
      const session = event.data.object as Stripe.Checkout.Session;
      const paid = paidBy(event);
      const meta = session.metadata ?? {};
      if (!paid || !meta.requestId) return;
      await settlePaymentRequest(
        meta.requestId,
        {
          ...paid,
          payer: { name: meta.payerName || session.customer_details?.name || "", email: meta.payerEmail || session.customer_email || "" },
        },
        new Date(),
        tx,
      );
    },
  },
];
