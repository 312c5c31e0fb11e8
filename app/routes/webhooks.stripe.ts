import type { ActionFunctionArgs } from "@remix-run/node";
import { translate } from "~/modules/i18n";
import { isStripeConfigured, receiveStripeWebhook } from "~/modules/stripe/index.server";
import { notFoundResponse } from "~/utils/http.server";

/**
 * Stripe's webhook endpoint. The raw body is what the signature covers, so it is read as text and
 * handed to the module untouched. Without Stripe configured there is no endpoint (404).
 */
export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST" || !isStripeConfigured()) notFoundResponse();
  const result = await receiveStripeWebhook(await request.text(), request.headers.get("stripe-signature"));
  if (result.status === 400)
    return new Response(translate("nl", "stripe.webhook.badSignature"), {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  return Response.json({ received: true, outcome: result.outcome }, { status: result.status });
}

export function loader() {
  notFoundResponse();
}
