import type Stripe from "stripe";
import { attachCheckoutSession, CHECKOUT_MINUTES, confirmTicketHold, holdTicket, releaseTicketHold } from "~/modules/events/index.server";
import { translate, type Locale } from "~/modules/i18n";
import { appUrl } from "~/utils/env.server";
import type { StripeEventHandler } from "../types";
import { checkoutUrlFor, paidBy } from "./checkout.server";

type Guest = { userId?: string; name: string; email: string; organisation?: string; locale: Locale; consent: boolean };

/**
 * A guest buys a paid ticket: their place is held, and they go to Stripe's Checkout page to pay
 * by iDEAL, Bancontact or card. When Stripe cannot be reached the hold is given back at once.
 */
export async function startTicketCheckout(
  werkplaats: { id: string; name: string },
  event: { id: string; title: string },
  guest: Guest,
  now = new Date(),
) {
  const hold = await holdTicket(werkplaats, event.id, guest, now);
  try {
    const { sessionId, url } = await checkoutUrlFor({
      werkplaatsId: werkplaats.id,
      idempotencyKey: `checkout:hold:${hold.id}`,
      name: translate(guest.locale, "events.hold.lineItem", { event: event.title }),
      amountCents: hold.amountCents,
      email: hold.email,
      locale: guest.locale,
      metadata: { werkplaatsId: werkplaats.id, kind: "ticket-hold", holdId: hold.id },
      successUrl: `${appUrl()}/checkout/ticket/${hold.id}?session_id={CHECKOUT_SESSION_ID}`,
      cancelUrl: `${appUrl()}/checkout/ticket/${hold.id}?cancelled=1`,
      expiresAt: new Date(Math.max(now.getTime(), Date.now()) + CHECKOUT_MINUTES * 60_000 + 30_000),
    });
    await attachCheckoutSession(hold.id, sessionId);
    return url;
  } catch (error) {
    await releaseTicketHold(hold.id);
    throw error;
  }
}

const holdIdOf = (event: Stripe.Event) => (event.data.object as Stripe.Checkout.Session).metadata?.holdId ?? "";

/** Paid: the held place becomes a registration with its invoice paid. Expired: the place is free again. */
export const ticketHandlers: StripeEventHandler[] = [
  {
    type: "checkout.session.completed",
    kind: "ticket-hold",
    handle: async (tx, event) => {
      const paid = paidBy(event);
      if (paid) await confirmTicketHold(holdIdOf(event), paid, new Date(), tx);
    },
  },
  {
    type: "checkout.session.expired",
    kind: "ticket-hold",
    handle: async (tx, event) => {
      await releaseTicketHold(holdIdOf(event), new Date(), tx);
    },
  },
];
