/** Stripe as the payment rail: its status for the manager, paying online, automatic collection, refunds, payouts. */
export const nl = {
  "stripe.testMode": "Testmodus: Stripe draait met een testsleutel, er wordt niet echt betaald.",
  "stripe.status.title": "Online betalen (Stripe)",
  "stripe.status.off": "Stripe is niet gekoppeld: facturen worden betaald per overschrijving en incasso-bestand.",
  "stripe.status.answers": "Stripe antwoordt.",
  "stripe.status.silent": "Stripe antwoordt nu niet. Betalingen die klaarstaan worden later opnieuw verstuurd.",
  "stripe.status.mode.test": "Testsleutel",
  "stripe.status.mode.live": "Live-sleutel",
  "stripe.status.lastWebhook": "Laatste webhook ontvangen: {at}.",
  "stripe.status.noWebhook": "Nog geen webhook ontvangen. Stel in Stripe het webhook-adres {url} in.",
  "stripe.status.stuck": "{count} opdracht(en) aan Stripe lukken al een paar keer niet:",
  "stripe.status.stuckLine": "{kind} ({attempts}×): {error}",
  "stripe.webhook.badSignature": "Ongeldige handtekening.",
} as const;

export const en: Record<keyof typeof nl, string> = {
  "stripe.testMode": "Test mode: Stripe runs with a test key, no real payments are made.",
  "stripe.status.title": "Online payments (Stripe)",
  "stripe.status.off": "Stripe is not connected: invoices are paid by bank transfer and direct debit file.",
  "stripe.status.answers": "Stripe answers.",
  "stripe.status.silent": "Stripe does not answer right now. Queued payments are sent again later.",
  "stripe.status.mode.test": "Test key",
  "stripe.status.mode.live": "Live key",
  "stripe.status.lastWebhook": "Last webhook received: {at}.",
  "stripe.status.noWebhook": "No webhook received yet. In Stripe, set the webhook address to {url}.",
  "stripe.status.stuck": "{count} call(s) to Stripe have failed several times:",
  "stripe.status.stuckLine": "{kind} ({attempts}×): {error}",
  "stripe.webhook.badSignature": "Invalid signature.",
} as const;
