/**
 * Proving an email address: the verification link, what an unverified account may not do yet,
 * and the emails that answer sign-ups, resets and email changes without telling whether the
 * address is known.
 */
export const nl = {
  "signup.checkEmailTitle": "Kijk in je e-mail",
  "signup.checkEmail":
    "We hebben een e-mail gestuurd naar {email}. Open de link daarin om je account te bevestigen. Had je al een account met dit adres? Dan staat in de e-mail hoe je inlogt of een nieuw wachtwoord kiest.",

  "verify.title": "E-mailadres bevestigen",
  "verify.needed": "Bevestig eerst je e-mailadres {email}. We hebben je een e-mail met een link gestuurd; open die link om verder te gaan.",
  "verify.why":
    "Iedereen kan een e-mailadres intypen. Pas als je laat zien dat het adres van jou is, kun je een lidmaatschap aanvragen, een dagpas kopen, je aanmelden voor een evenement, een bedrijf registreren of een uitnodiging accepteren.",
  "verify.resend": "Stuur de link opnieuw",
  "verify.banner": "Je e-mailadres is nog niet bevestigd: open de link in de e-mail die we je stuurden.",
  "verify.bannerLink": "Link opnieuw sturen",
  "verify.resent": "We hebben een nieuwe link gestuurd naar {email}. Eerdere links werken niet meer.",
  "verify.alreadyDone": "Je e-mailadres {email} is bevestigd.",
  "verify.continue": "Verder",
  "verify.confirmIntro": "Bevestig dat dit e-mailadres van jou is.",
  "verify.confirm": "E-mailadres bevestigen",
  "verify.done": "Je e-mailadres is bevestigd. Je kunt nu alles doen met je account.",
  "verify.invalid": "Deze link is ongeldig, verlopen of al gebruikt.",
  "verify.requestNew": "Vraag een nieuwe link aan",
  "verify.otherAccount": "Deze link hoort bij een ander account. Log uit en open de link opnieuw.",
  "verify.loginIntro": "Heb je dit account zelf aangemaakt? Log dan in met je wachtwoord om je e-mailadres te bevestigen.",
  "verify.claimTitle": "Niet zelf aangemaakt of wachtwoord kwijt?",
  "verify.claimIntro":
    "Deze link bewijst dat het e-mailadres van jou is. Kies een nieuw wachtwoord: het oude wachtwoord vervalt en iedereen die nu met dit account is ingelogd, wordt uitgelogd.",
  "verify.claimSubmit": "Wachtwoord opslaan en adres bevestigen",
  "people.unverified":
    "Deze persoon heeft het e-mailadres nog niet bevestigd en kan nog geen rol krijgen. Stuur een uitnodiging: de link bevestigt het adres.",

  "mail.verify.subject": "Bevestig je e-mailadres voor {werkplaats}",
  "mail.verify.body":
    "Hallo {name},\n\nWelkom bij {werkplaats}. Bevestig met deze link (48 uur geldig) dat dit e-mailadres van jou is:\n\n{link}\n\nHeb je geen account aangemaakt? Open de link dan toch: je kunt er een eigen wachtwoord mee kiezen, zodat niemand anders dit adres gebruikt.\n",
  "mail.signupExisting.subject": "Iemand probeerde een account aan te maken met jouw adres",
  "mail.signupExisting.body":
    "Hallo {name},\n\nEr is geprobeerd een nieuw account bij {werkplaats} aan te maken met dit e-mailadres. Je hebt al een account; er is niets veranderd.\n\nWas jij dit? Log dan in op {loginLink}. Weet je je wachtwoord niet meer? Kies een nieuw op {resetLink}.\n\nWas jij dit niet? Dan hoef je niets te doen.\n",
  "mail.resetUnknown.subject": "Nieuw wachtwoord aangevraagd",
  "mail.resetUnknown.body":
    "Hallo,\n\nEr is een nieuw wachtwoord aangevraagd voor {email}, maar er is geen Werkplaats-account met dit adres. Wil je er een? Maak het aan op {link}.\n\nHeb je niets aangevraagd? Dan hoef je niets te doen.\n",
  "mail.emailChangeTaken.subject": "Iemand wilde jouw e-mailadres gebruiken",
  "mail.emailChangeTaken.body":
    "Hallo {name},\n\nIemand vroeg om het e-mailadres van een ander Werkplaats-account te veranderen in dit adres. Jij hebt al een account met dit adres, dus er is niets veranderd.\n\nWas jij dit en heb je twee accounts? Log in met dit adres, of kies een nieuw wachtwoord op {link}. Was jij dit niet? Dan hoef je niets te doen.\n",
} as const;

export const en: Record<keyof typeof nl, string> = {
  "signup.checkEmailTitle": "Check your email",
  "signup.checkEmail":
    "We sent an email to {email}. Open the link in it to confirm your account. Did you already have an account with this address? Then the email says how to log in or choose a new password.",

  "verify.title": "Confirm email address",
  "verify.needed": "First confirm your email address {email}. We sent you an email with a link; open that link to continue.",
  "verify.why":
    "Anyone can type in an email address. Only once you show that the address is yours can you apply for a membership, buy a day pass, register for an event, register a company or accept an invitation.",
  "verify.resend": "Send the link again",
  "verify.banner": "Your email address is not confirmed yet: open the link in the email we sent you.",
  "verify.bannerLink": "Send the link again",
  "verify.resent": "We sent a new link to {email}. Earlier links no longer work.",
  "verify.alreadyDone": "Your email address {email} is confirmed.",
  "verify.continue": "Continue",
  "verify.confirmIntro": "Confirm that this email address is yours.",
  "verify.confirm": "Confirm email address",
  "verify.done": "Your email address is confirmed. You can now do everything with your account.",
  "verify.invalid": "This link is invalid, expired or already used.",
  "verify.requestNew": "Request a new link",
  "verify.otherAccount": "This link belongs to another account. Log out and open the link again.",
  "verify.loginIntro": "Did you create this account yourself? Then log in with your password to confirm your email address.",
  "verify.claimTitle": "Not created by you, or password lost?",
  "verify.claimIntro":
    "This link proves that the email address is yours. Choose a new password: the old password stops working and everyone logged in with this account is logged out.",
  "verify.claimSubmit": "Save password and confirm address",
  "people.unverified":
    "This person has not confirmed their email address yet and cannot get a role. Send an invitation: its link confirms the address.",

  "mail.verify.subject": "Confirm your email address for {werkplaats}",
  "mail.verify.body":
    "Hello {name},\n\nWelcome to {werkplaats}. Confirm with this link (valid for 48 hours) that this email address is yours:\n\n{link}\n\nDid you not create an account? Open the link anyway: it lets you choose your own password, so nobody else uses this address.\n",
  "mail.signupExisting.subject": "Someone tried to create an account with your address",
  "mail.signupExisting.body":
    "Hello {name},\n\nSomeone tried to create a new account at {werkplaats} with this email address. You already have an account; nothing has changed.\n\nWas this you? Then log in at {loginLink}. Forgot your password? Choose a new one at {resetLink}.\n\nWas this not you? Then you need not do anything.\n",
  "mail.resetUnknown.subject": "New password requested",
  "mail.resetUnknown.body":
    "Hello,\n\nA new password was requested for {email}, but there is no Werkplaats account with this address. Would you like one? Create it at {link}.\n\nDid you not ask for anything? Then you need not do anything.\n",
  "mail.emailChangeTaken.subject": "Someone wanted to use your email address",
  "mail.emailChangeTaken.body":
    "Hello {name},\n\nSomeone asked to change the email address of another Werkplaats account to this address. You already have an account with this address, so nothing has changed.\n\nWas this you, with two accounts? Log in with this address, or choose a new password at {link}. Was this not you? Then you need not do anything.\n",
};
