import type Stripe from "stripe";
import { attachCheckoutSession, CHECKOUT_MINUTES } from "~/modules/events/index.server";
import { translate, type Locale } from "~/modules/i18n";
import { confirmDayPassHold, holdDayPass, releaseDayPassHold } from "~/modules/presence/index.server";
import { formatDay, type IsoDate } from "~/utils/calendar";
import { appUrl } from "~/utils/env.server";
import type { StripeEventHandler } from "../types";
import { checkoutUrlFor, paidBy } from "./checkout.server";
import { refundUnsold } from "./unsold.server";

type Buyer = { userId: string; name: string; email: string; locale: Locale };

/**
 * A guest buys a day pass: a flex spot is held for them, and they go to Stripe's Checkout page to
 * pay by iDEAL, Bancontact or card: the same hold and the same queued Checkout call a ticket uses. When Stripe
 * cannot be reached the spot is given back at once.
 */
export async function startDayPassCheckout(
  werkplaats: { id: string; name: string },
  buyer: Buyer,
  input: { day: IsoDate; areaId?: string },
  now = new Date(),
) {
  const hold = await holdDayPass(werkplaats, buyer, input, now);
  try {
    const { sessionId, url } = await checkoutUrlFor({
      werkplaatsId: werkplaats.id,
      idempotencyKey: `checkout:hold:${hold.id}`,
      name: translate(buyer.locale, "daypass.hold.lineItem", { date: formatDay(input.day, buyer.locale, "weekday") }),
      amountCents: hold.amountCents,
      email: hold.email,
      locale: buyer.locale,
      metadata: { werkplaatsId: werkplaats.id, kind: "daypass-hold", holdId: hold.id },
      successUrl: `${appUrl()}/daypass?hold=${hold.id}`,
      cancelUrl: `${appUrl()}/daypass?hold=${hold.id}&cancelled=1`,
      expiresAt: new Date(Math.max(now.getTime(), Date.now()) + CHECKOUT_MINUTES * 60_000 + 30_000),
    });
    await attachCheckoutSession(hold.id, sessionId);
    return url;
  } catch (error) {
    await releaseDayPassHold(hold.id);
    throw error;
  }
}

const holdIdOf = (event: Stripe.Event) => (event.data.object as Stripe.Checkout.Session).metadata?.holdId ?? "";

/**
 * Paid: the held spot becomes a paid day pass, its payment booked on its invoice by the
 * PaymentIntent (so a credit note refunds it through Stripe). Paid too late for any spot: nothing
 * is sold and the whole amount goes back (a queued refund). Expired: the spot is free again.
 */
export const dayPassHandlers: StripeEventHandler[] = [
  {
    type: "checkout.session.completed",
    kind: "daypass-hold",
    handle: async (tx, event) => {
      const paid = paidBy(event);
      if (!paid) return;
      const outcome = await confirmDayPassHold(holdIdOf(event), paid.pay, new Date(), tx);
      if (outcome?.kind === "gone") await refundUnsold(tx, outcome.hold, paid, "day_pass_hold");
    },
  },
  {
    type: "checkout.session.expired",
    kind: "daypass-hold",
    handle: async (tx, event) => {
      await releaseDayPassHold(holdIdOf(event), new Date(), tx);
    },
  },
];
