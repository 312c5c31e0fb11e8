/** Refunds through Stripe: for a credit note, and proposals for refunds made in Stripe's dashboard. */
export const nl = {
  "stripe.refunds.of.pending": "{amount} wordt via Stripe teruggestort.",
  "stripe.refunds.of.refunded": "{amount} is via Stripe teruggestort.",
  "stripe.refunds.of.refused":
    "Stripe weigerde de terugbetaling van {amount}: er is niets teruggestort. Betaal het op een andere manier terug.",
  "stripe.refunds.title": "Terugbetaald in Stripe",
  "stripe.refunds.intro":
    "Deze bedragen zijn in het Stripe-dashboard terugbetaald zonder creditnota. Maak de creditnota, of sluit het voorstel als er geen nodig is.",
  "stripe.refunds.line": "Factuur {number}: {amount} terugbetaald",
  "stripe.refunds.confirm": "Creditnota maken",
  "stripe.refunds.dismiss": "Geen creditnota nodig",
  "stripe.refunds.confirmed": "De creditnota is gemaakt.",
  "stripe.refunds.dismissed": "Het voorstel is gesloten.",
  "stripe.refunds.resolved": "Over deze terugbetaling is al besloten.",
  "stripe.refunds.partial":
    "Er is een deel van de factuur terugbetaald. Maak de creditnota op de factuurpagina met de juiste regels; dit voorstel wordt dan vanzelf gesloten.",
} as const;

export const en: Record<keyof typeof nl, string> = {
  "stripe.refunds.of.pending": "{amount} is being refunded through Stripe.",
  "stripe.refunds.of.refunded": "{amount} has been refunded through Stripe.",
  "stripe.refunds.of.refused": "Stripe refused to refund {amount}: nothing went back. Refund it another way.",
  "stripe.refunds.title": "Refunded in Stripe",
  "stripe.refunds.intro":
    "These amounts were refunded in the Stripe dashboard without a credit note. Make the credit note, or close the proposal if none is needed.",
  "stripe.refunds.line": "Invoice {number}: {amount} refunded",
  "stripe.refunds.confirm": "Make credit note",
  "stripe.refunds.dismiss": "No credit note needed",
  "stripe.refunds.confirmed": "The credit note has been made.",
  "stripe.refunds.dismissed": "The proposal has been closed.",
  "stripe.refunds.resolved": "This refund has already been decided on.",
  "stripe.refunds.partial":
    "Part of the invoice was refunded. Make the credit note on the invoice page with the right lines; this proposal then closes by itself.",
};
