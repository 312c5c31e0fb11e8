/** Paying a purchase at Stripe Checkout. */
export const nl = {
  "stripe.purchase.unavailable": "Online betalen lukt op dit moment niet. Probeer het over een paar minuten opnieuw.",
};

export const en: Record<keyof typeof nl, string> = {
  "stripe.purchase.unavailable": "Paying online is not possible right now. Please try again in a few minutes.",
};
