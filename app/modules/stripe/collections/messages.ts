/** Automatic collection with a saved method, and the mails when money Stripe took did not stay (a failed debit, a dispute). */
export const nl = {
  "mail.stripeCollectionFailed.subject": "Afschrijving van factuur {number} is mislukt",
  "mail.stripeCollectionFailed.body":
    "Hallo {name},\n\nDe automatische afschrijving van {amount} voor factuur {number} is niet gelukt. De factuur staat daarom weer open.\n\nJe kunt hem online betalen via {link}, of het bedrag overmaken onder vermelding van het factuurnummer.\n",
  "stripe.collect.failed": "De automatische afschrijving is mislukt; de factuur staat weer open.",
  "mail.stripePaymentDisputed.subject": "Je betaling van factuur {number} is betwist",
  "mail.stripePaymentDisputed.body":
    "Hallo {name},\n\nJe betaling van {amount} voor factuur {number} is bij je bank of kaartuitgever betwist en aan je teruggegeven. De factuur staat daarom weer open.\n\nWas dit een vergissing? Betaal de factuur dan opnieuw via {link}, of neem contact met ons op.\n",
} as const;

export const en: Record<keyof typeof nl, string> = {
  "mail.stripeCollectionFailed.subject": "Collecting invoice {number} failed",
  "mail.stripeCollectionFailed.body":
    "Hello {name},\n\nThe automatic collection of {amount} for invoice {number} did not succeed, so the invoice is open again.\n\nYou can pay it online at {link}, or transfer the amount quoting the invoice number.\n",
  "stripe.collect.failed": "The automatic collection failed; the invoice is open again.",
  "mail.stripePaymentDisputed.subject": "Your payment of invoice {number} was disputed",
  "mail.stripePaymentDisputed.body":
    "Hello {name},\n\nYour payment of {amount} for invoice {number} was disputed at your bank or card issuer and returned to you, so the invoice is open again.\n\nWas this a mistake? Then pay the invoice again at {link}, or get in touch with us.\n",
};
