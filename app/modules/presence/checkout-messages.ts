/** Paying a day pass at purchase: the held spot, what became of the payment, and the mail. */
export const nl = {
  "daypass.hold.payRule": "Je betaalt direct met iDEAL of creditcard. We houden je plek {minutes} minuten vast terwijl je betaalt.",
  "daypass.hold.pending":
    "Je bent al aan het betalen voor een dagpas op die dag. Rond die betaling af, of probeer het over een half uur opnieuw.",
  "daypass.hold.unavailable": "Een dagpas online betalen kan op dit moment niet. Vraag de receptie om een dagpas.",
  "daypass.hold.lineItem": "Dagpas {date}",
  "daypass.hold.waiting": "We wachten nog op de bevestiging van je betaling. Ververs deze pagina over een paar seconden.",
  "daypass.hold.paid": "Betaling ontvangen. Je dagpas voor {date} staat klaar; je check-incode is {code}. We hebben hem ook gemaild.",
  "daypass.hold.cancelled": "Je hebt de betaling afgebroken, dus je dagpas voor {date} is niet gekocht. Je kunt het opnieuw proberen.",
  "daypass.hold.refunded":
    "Je betaling kwam binnen nadat je plek voor {date} was vrijgegeven, en er was geen plek meer. Je krijgt het bedrag binnen een paar dagen terug.",
  "mail.dayPassPaid.subject": "Je dagpas voor {date} – code {code}",
  "mail.dayPassPaid.body":
    "Hallo {name},\n\nBedankt voor je betaling. Je dagpas voor {date} bij {werkplaats} staat klaar, in {area}.\n\nJe check-incode: {code}\n\nLaat de code zien bij de receptie of check in via de app. Je hebt {price} incl. btw betaald; de factuur vind je bij je dagpassen.\n\n{link}\n",
};

export const en: Record<keyof typeof nl, string> = {
  "daypass.hold.payRule": "You pay at once by iDEAL or card. We hold your spot for {minutes} minutes while you pay.",
  "daypass.hold.pending": "You are already paying for a day pass on that day. Finish that payment, or try again in half an hour.",
  "daypass.hold.unavailable": "Paying for a day pass online is not possible right now. Ask the reception for a day pass.",
  "daypass.hold.lineItem": "Day pass {date}",
  "daypass.hold.waiting": "We are still waiting for your payment to be confirmed. Refresh this page in a few seconds.",
  "daypass.hold.paid": "Payment received. Your day pass for {date} is ready; your check-in code is {code}. We emailed it too.",
  "daypass.hold.cancelled": "You cancelled the payment, so your day pass for {date} was not bought. You can try again.",
  "daypass.hold.refunded":
    "Your payment arrived after your spot for {date} had been released, and no spot was left. You will get the amount back within a few days.",
  "mail.dayPassPaid.subject": "Your day pass for {date} – code {code}",
  "mail.dayPassPaid.body":
    "Hello {name},\n\nThank you for your payment. Your day pass for {date} at {werkplaats} is ready, in {area}.\n\nYour check-in code: {code}\n\nShow the code at the reception or check in through the app. You paid {price} incl. VAT; the invoice is with your day passes.\n\n{link}\n",
};
