/** Answers to requests we cannot read or serve: malformed input, the database away. */
export const nl = {
  "errors.badRequest.body": "Dit verzoek konden we niet lezen. Ga terug naar de pagina en verstuur het formulier opnieuw.",
  "errors.formOnly": "Dit adres neemt alleen formulieren aan die vanaf de website zelf verstuurd worden.",
  "errors.nulByte": "Er staat een onzichtbaar teken (NUL) in wat je verstuurde. Haal het weg en probeer het opnieuw.",
  "errors.badUrl": "Dit adres bevat tekens die niet kunnen. Controleer het adres of ga terug naar het overzicht.",
  "errors.badQuery": "Het adres bevat een zoekopdracht of filter die we niet begrijpen. Pas de filters aan op de pagina zelf.",
  "errors.unavailable.title": "Even niet bereikbaar",
  "errors.unavailable.body": "We kunnen de gegevens nu niet ophalen. Probeer het over een paar minuten opnieuw; je hoeft niets opnieuw in te vullen dat al bevestigd was.",
};

export const en: Record<keyof typeof nl, string> = {
  "errors.badRequest.body": "We could not read this request. Go back to the page and send the form again.",
  "errors.formOnly": "This address only accepts forms sent from the website itself.",
  "errors.nulByte": "What you sent contains an invisible character (NUL). Remove it and try again.",
  "errors.badUrl": "This address contains characters that are not allowed. Check the address or go back to the overview.",
  "errors.badQuery": "The address contains a search or filter we do not understand. Change the filters on the page itself.",
  "errors.unavailable.title": "Temporarily unavailable",
  "errors.unavailable.body": "We cannot fetch the data right now. Please try again in a few minutes; anything already confirmed does not need to be entered again.",
};
