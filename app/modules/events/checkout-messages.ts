/** Paying a ticket at purchase: the held place, and why a hold is refused. */
export const nl = {
  "events.hold.pageTitle": "Je betaling",
  "events.hold.free": "Deze activiteit is gratis: aanmelden is genoeg.",
  "events.hold.full":
    "De laatste plaatsen worden op dit moment betaald door anderen. Probeer het over een half uur opnieuw, of meld je aan voor de wachtlijst.",
  "events.hold.pending":
    "Voor dit e-mailadres wordt al een plaats vastgehouden. Rond die betaling af, of wacht tot ze na 30 minuten vervalt.",
  "events.hold.payNow": "Aanmelden en betalen ({price})",
  "events.hold.explain": "Je betaalt met iDEAL of creditcard. We houden je plaats 30 minuten vast terwijl je betaalt.",
  "events.hold.paidTitle": "Betaling ontvangen",
  "events.hold.paidBody": "Dank je wel. Je ticket en de factuur komen per e-mail; je ziet ze ook hieronder zodra de betaling verwerkt is.",
  "events.hold.waitingBody": "We wachten nog op de bevestiging van je betaling. Ververs deze pagina over een paar seconden.",
  "events.hold.cancelledTitle": "Betaling afgebroken",
  "events.hold.cancelledBody":
    "Je hebt niet betaald. De vastgehouden plaats komt binnen 30 minuten weer vrij; je kunt het opnieuw proberen.",
  "events.hold.ticketLink": "Naar je ticket",
  "events.hold.lineItem": "Ticket {event}",
};

export const en: Record<keyof typeof nl, string> = {
  "events.hold.pageTitle": "Your payment",
  "events.hold.free": "This activity is free: registering is enough.",
  "events.hold.full": "The last places are being paid for by others right now. Try again in half an hour, or join the waitlist.",
  "events.hold.pending":
    "A place is already being held for this email address. Finish that payment, or wait until it lapses after 30 minutes.",
  "events.hold.payNow": "Register and pay ({price})",
  "events.hold.explain": "You pay by iDEAL or card. We hold your place for 30 minutes while you pay.",
  "events.hold.paidTitle": "Payment received",
  "events.hold.paidBody": "Thank you. Your ticket and the invoice arrive by email; you also see them below once the payment is processed.",
  "events.hold.waitingBody": "We are still waiting for your payment to be confirmed. Refresh this page in a few seconds.",
  "events.hold.cancelledTitle": "Payment cancelled",
  "events.hold.cancelledBody": "You did not pay. The held place becomes free again within 30 minutes; you can try again.",
  "events.hold.ticketLink": "To your ticket",
  "events.hold.lineItem": "Ticket {event}",
};
