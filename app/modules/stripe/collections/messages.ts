/** Automatic collection with a saved method, and the payment methods a member keeps on file. */
export const nl = {
  "mail.stripeCollectionFailed.subject": "Afschrijving van factuur {number} is mislukt",
  "mail.stripeCollectionFailed.body":
    "Hallo {name},\n\nDe automatische afschrijving van {amount} voor factuur {number} is niet gelukt. De factuur staat daarom weer open.\n\nJe kunt hem online betalen via {link}, of het bedrag overmaken onder vermelding van het factuurnummer.\n",
  "stripe.collect.failed": "De automatische afschrijving is mislukt; de factuur staat weer open.",
} as const;

export const en: Record<keyof typeof nl, string> = {
  "mail.stripeCollectionFailed.subject": "Collecting invoice {number} failed",
  "mail.stripeCollectionFailed.body":
    "Hello {name},\n\nThe automatic collection of {amount} for invoice {number} did not succeed, so the invoice is open again.\n\nYou can pay it online at {link}, or transfer the amount quoting the invoice number.\n",
  "stripe.collect.failed": "The automatic collection failed; the invoice is open again.",
};
