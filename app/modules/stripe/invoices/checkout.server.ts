import { and, eq, sql } from "drizzle-orm";
import type Stripe from "stripe";
import { stripeCalls } from "#db/schema";
import { invoicePage, type Reader } from "~/modules/billing/index.server";
import { appUrl } from "~/utils/env.server";
import { conflict } from "~/utils/errors";
import { todayIn } from "~/utils/zoned-time";
import { attemptStripeCall, queueStripeCall } from "../calls.server";
import { EURO_CHECKOUT_METHODS } from "../client.server";
import { stripeCustomerFor } from "../customers.server";
import type { StripeCallKind, StripeEventHandler } from "../types";
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
  const metadata = {
    werkplaatsId: werkplaats.id,
    kind: "invoice",
    invoiceId,
    invoiceNumber: invoice.number ?? "",
    // Read back from the charge: only then is the method it leaves saved for automatic collection.
    ...(options.saveForLater ? { saveForLater: "1" } : {}),
  };
  const today = todayIn(new Date(), werkplaats.timezone);
  const back = `${appUrl()}/invoices/${invoiceId}`;
  const params = {
    mode: "payment",
    customer,
    client_reference_id: invoiceId,
    locale: options.locale,
    payment_method_types: [...EURO_CHECKOUT_METHODS],
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
  };
  // A session that expired (a day passed, or it was closed at Stripe) cannot be paid: the next
  // try is a new session, keyed after the expired one, so it is still made once.
  let key = `checkout:${invoiceId}:${invoice.dueCents}:${today}:${options.saveForLater ? "save" : "once"}`;
  for (;;) {
    const call = await queueStripeCall(db, { werkplaatsId: werkplaats.id, kind: invoiceCheckoutCall.kind, idempotencyKey: key, params });
    const done = call.status === "done" ? call : await attemptStripeCall(call.id, invoiceCheckoutCall);
    if (done.status !== "done") return null;
    const session = done.result as { url?: string; status?: string } | null;
    if (session?.status !== "expired") return session?.url ?? null;
    key = `${key}:after:${done.resultId}`;
  }
}

/** The invoice's session expired unpaid: remembered on its call, so paying again opens a new one. */
export const invoiceCheckoutHandlers: StripeEventHandler[] = [
  {
    type: "checkout.session.expired",
    kind: "invoice",
    handle: async (tx, event) => {
      const session = event.data.object as Stripe.Checkout.Session;
      await tx
        .update(stripeCalls)
        .set({ result: sql`${stripeCalls.result} || '{"status":"expired"}'::jsonb` })
        .where(and(eq(stripeCalls.kind, invoiceCheckoutCall.kind), eq(stripeCalls.resultId, session.id)));
    },
  },
];
