import type Stripe from "stripe";
import { billingSettingsOf, invoiceStrippenkaart } from "~/modules/billing/index.server";
import { missingForIssue } from "~/modules/billing";
import { attachCheckoutSession, CHECKOUT_MINUTES, HOLD_MINUTES } from "~/modules/events/index.server";
import { translate, type Locale } from "~/modules/i18n";
import { confirmStrippenkaartHold, holdStrippenkaart, releaseStrippenkaartHold } from "~/modules/memberships/index.server";
import type { ApplyInput } from "~/modules/memberships";
import { appUrl } from "~/utils/env.server";
import { conflict } from "~/utils/errors";
import type { StripeEventHandler } from "../types";
import { checkoutUrlFor, paidBy } from "./checkout.server";
import { refundUnsold } from "./unsold.server";

type Buyer = { id: string; name: string; email: string; locale: Locale };

/**
 * A member buys a strippenkaart online: the purchase is held and they pay at Checkout (iDEAL,
 * Bancontact, card), through the same hold, queued call and thirty-minute clock as a ticket or a
 * day pass. When Stripe cannot be reached the hold is let go at once. Without complete billing
 * settings there is no invoice to pay, so the online purchase is refused (the application route
 * still works).
 */
export async function startStrippenkaartCheckout(
  werkplaats: { id: string; name: string },
  buyer: Buyer,
  input: ApplyInput & { planName: string },
  now = new Date(),
) {
  if (missingForIssue(await billingSettingsOf(werkplaats.id)).length > 0) throw conflict("stripe.purchase.unavailable");
  const clock = Math.max(now.getTime(), Date.now());
  const hold = await holdStrippenkaart(werkplaats, buyer, input, new Date(clock + HOLD_MINUTES * 60_000), now);
  try {
    const { sessionId, url } = await checkoutUrlFor({
      werkplaatsId: werkplaats.id,
      idempotencyKey: `checkout:hold:${hold.id}`,
      name: translate(buyer.locale, "membership.strippenkaart.lineItem", { plan: input.planName }),
      amountCents: hold.amountCents,
      email: hold.email,
      locale: buyer.locale,
      metadata: { werkplaatsId: werkplaats.id, kind: "strippenkaart-hold", holdId: hold.id },
      successUrl: `${appUrl()}/membership?betaald=1`,
      cancelUrl: `${appUrl()}/membership/apply?plan=${input.planId}`,
      expiresAt: new Date(clock + CHECKOUT_MINUTES * 60_000 + 30_000),
    });
    await attachCheckoutSession(hold.id, sessionId);
    return url;
  } catch (error) {
    await releaseStrippenkaartHold(hold.id);
    throw error;
  }
}

const holdIdOf = (event: Stripe.Event) => (event.data.object as Stripe.Checkout.Session).metadata?.holdId ?? "";

/**
 * Paid: the card is sold, invoiced and its payment booked by the PaymentIntent (so a credit note
 * refunds through Stripe and a dispute reopens it). Paid for a card that can no longer be sold:
 * the whole amount goes back (a queued refund, audited). Expired: the purchase is let go.
 */
export const strippenkaartHandlers: StripeEventHandler[] = [
  {
    type: "checkout.session.completed",
    kind: "strippenkaart-hold",
    handle: async (tx, event) => {
      const paid = paidBy(event);
      if (!paid) return;
      const outcome = await confirmStrippenkaartHold(holdIdOf(event), invoiceStrippenkaart, paid.pay, new Date(), tx);
      if (outcome?.kind === "gone") await refundUnsold(tx, outcome.hold, paid, "strippenkaart_hold");
    },
  },
  {
    type: "checkout.session.expired",
    kind: "strippenkaart-hold",
    handle: async (tx, event) => {
      await releaseStrippenkaartHold(holdIdOf(event), new Date(), tx);
    },
  },
];
