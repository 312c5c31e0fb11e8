import { invoicePage, type Reader } from "~/modules/billing/index.server";
import { appUrl } from "~/utils/env.server";
import { conflict } from "~/utils/errors";
import { todayIn } from "~/utils/zoned-time";
import { attemptStripeCall, queueStripeCall } from "../calls.server";
import { stripeCustomerFor } from "../customers.server";
import type { StripeCallKind } from "../types";
import { db } from "~/utils/db.server";

/** Creating the Checkout Session that pays an invoice; the params are built by payInvoiceOnline. */
export const invoiceCheckoutCall: StripeCallKind = {
  kind: "checkout.invoice",
  perform: (stripe, params, idempotencyKey) => stripe.checkout.sessions.create(params, { idempotencyKey }),
};

/**
 * A Checkout Session in payment mode for what is still open on the invoice, with iDEAL, card and
 * Bancontact; the invoice number is what the payer sees. With `saveForLater` the payer agrees to
 * later collection: iDEAL and Bancontact then leave a SEPA Direct Debit mandate on the customer
 * (Stripe's iDEAL-to-SEPA flow), a card stays saved. One session per invoice, open amount and day
 * (the idempotency key), so clicking twice or coming back opens the same page. Returns the URL to
 * send the payer to, or null when Stripe does not answer now.
 */
export async function payInvoiceOnline(
  werkplaats: { id: string; timezone: string },
  reader: Reader,
  invoiceId: string,
  options: { saveForLater: boolean; locale: "nl" | "en" },
): Promise<string | null> {
  const { invoice } = await invoicePage(werkplaats.id, reader, invoiceId);
  if (invoice.kind !== "invoice" || invoice.status !== "issued" || invoice.dueCents <= 0) throw conflict("stripe.pay.notOpen");
  const customer = await stripeCustomerFor(werkplaats.id, invoice.partyId);
  if (!customer) return null;
  const metadata = { werkplaatsId: werkplaats.id, kind: "invoice", invoiceId, invoiceNumber: invoice.number ?? "" };
  const today = todayIn(new Date(), werkplaats.timezone);
  const back = `${appUrl()}/invoices/${invoiceId}`;
  const call = await queueStripeCall(db, {
    werkplaatsId: werkplaats.id,
    kind: invoiceCheckoutCall.kind,
    idempotencyKey: `checkout:${invoiceId}:${invoice.dueCents}:${today}:${options.saveForLater ? "save" : "once"}`,
    params: {
      mode: "payment",
      customer,
      client_reference_id: invoiceId,
      locale: options.locale,
      payment_method_types: ["ideal", "card", "bancontact"],
      line_items: [
        {
          quantity: 1,
          price_data: { currency: "eur", unit_amount: invoice.dueCents, product_data: { name: `Factuur ${invoice.number}` } },
        },
      ],
      payment_intent_data: {
        description: `Factuur ${invoice.number}`,
        metadata,
        ...(options.saveForLater ? { setup_future_usage: "off_session" } : {}),
      },
      metadata,
      success_url: `${back}?betaald={CHECKOUT_SESSION_ID}`,
      cancel_url: back,
    },
  });
  const done = call.status === "done" ? call : await attemptStripeCall(call.id, invoiceCheckoutCall);
  if (done.status !== "done") return null;
  return (done.result as { url?: string } | null)?.url ?? null;
}
