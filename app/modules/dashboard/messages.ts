/** The start page: the greeting, and what a guest, a manager, staff and an account holder see first. */
export const nl = {
  "home.guest.title": "Welkom bij {werkplaats}",
  "home.guest.intro":
    "Een coworkingplek voor startende ondernemers én een Digitale Werkplaats waar studententeams het mkb helpen digitaliseren.",
  "home.guest.login": "Inloggen",
  "home.guest.signup": "Account aanmaken",
  "home.greeting": "Goedendag, {name}",
  "home.rolesLine": "Je bent hier {roles}.",
  "home.noRole.title": "Je hebt nog geen rol",
  "home.noRole.body":
    "Je account werkt, maar je hebt nog geen rol in {werkplaats}. Een beheerder kan je een rol geven; tot die tijd kun je je account beheren.",
  "home.manager.title": "Beheer",
  "home.manager.people": "Mensen met een rol",
  "home.manager.openInvites": "Openstaande uitnodigingen",
  "home.manager.outboxPending": "E-mails in de wachtrij",
  "home.manager.outboxFailed": "E-mails die niet verstuurd konden worden",
  "home.manager.managePeople": "Mensen en rollen beheren",
  "home.manager.openOutbox": "Uitgaande e-mail bekijken",
  "home.staff.title": "The space",
  "home.staff.body": "Als medewerker zie je hier de mensen van {werkplaats}.",
  "home.account.title": "Je account",
  "home.account.body": "Je naam, telefoonnummer, taal, e-mailadres en wachtwoord beheer je onder Mijn account.",
  "home.account.link": "Naar mijn account",
} as const;

export const en: Record<keyof typeof nl, string> = {
  "home.guest.title": "Welcome to {werkplaats}",
  "home.guest.intro":
    "A co-working space for starting entrepreneurs and a Digital Workshop where student teams help small businesses go digital.",
  "home.guest.login": "Log in",
  "home.guest.signup": "Create account",
  "home.greeting": "Hello, {name}",
  "home.rolesLine": "Your role here: {roles}.",
  "home.noRole.title": "You do not have a role yet",
  "home.noRole.body":
    "Your account works, but you do not have a role in {werkplaats} yet. A manager can give you one; until then you can manage your account.",
  "home.manager.title": "Management",
  "home.manager.people": "People with a role",
  "home.manager.openInvites": "Open invitations",
  "home.manager.outboxPending": "Emails waiting",
  "home.manager.outboxFailed": "Emails that could not be sent",
  "home.manager.managePeople": "Manage people and roles",
  "home.manager.openOutbox": "View outgoing email",
  "home.staff.title": "The space",
  "home.staff.body": "As staff you see the people of {werkplaats} here.",
  "home.account.title": "Your account",
  "home.account.body": "Manage your name, phone number, language, email address and password under My account.",
  "home.account.link": "Go to my account",
};
