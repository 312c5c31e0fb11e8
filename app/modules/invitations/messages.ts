/** Invitations: the manager's form and list, the invitee's page (log in first, or claim an unconfirmed account), their emails. */
export const nl = {
  "invite.title": "Uitnodiging voor {werkplaats}",
  "invite.intro": "{inviter} heeft je uitgenodigd als {role}. Kies een wachtwoord om je account te activeren.",
  "invite.introExisting":
    "{inviter} heeft je uitgenodigd als {role}. Je hebt al een account: accepteer de uitnodiging om de rol toe te voegen.",
  "invite.submit": "Uitnodiging accepteren",
  "invite.invalid": "Deze uitnodiging is ongeldig, verlopen, ingetrokken of al gebruikt. Vraag de beheerder om een nieuwe.",
  "mail.invite.subject": "Uitnodiging voor {werkplaats}",
  "mail.invite.body":
    "Hallo {name},\n\n{inviter} nodigt je uit voor {werkplaats} als {role}. Accepteer de uitnodiging met deze link (7 dagen geldig):\n\n{link}\n",

  "invite.loginFirst": "Er bestaat al een account met {email}. Log eerst in met dat account; daarna kun je de uitnodiging accepteren.",
  "invite.loginOther": "Je bent ingelogd met een ander account. Log in met {email} om de uitnodiging te accepteren.",
  "invite.claimNotice":
    "Er bestaat al een account met {email} dat nog niet bevestigd is. Deze uitnodiging bewijst dat het adres van jou is: kies een nieuw wachtwoord. Het oude wachtwoord vervalt en wie nu met dit account is ingelogd, wordt uitgelogd.",
  "mail.companyInviteBlocked.subject": "{inviter} wilde je toevoegen aan {company}",
  "mail.companyInviteBlocked.body":
    "Hallo {name},\n\n{inviter} wilde je toevoegen aan het team van {company} bij {werkplaats}. Je account hoort daar al bij {current}, en je kunt bij één bedrijf tegelijk horen. Wil je overstappen? Verlaat eerst {current} op de bedrijfspagina en vraag {inviter} om een nieuwe uitnodiging.\n",
  "invite.formTitle": "Iemand uitnodigen",
  "invite.formIntro": "De persoon krijgt een e-mail met een link (7 dagen geldig) om een wachtwoord te kiezen.",
  "invite.name": "Naam",
  "invite.email": "E-mailadres",
  "invite.role": "Rol",
  "invite.send": "Uitnodiging versturen",
  "invite.sent": "Uitnodiging verstuurd naar {email}.",
  "invite.alreadyPending": "Er staat al een uitnodiging open voor {email} met deze rol.",
  "invite.alreadyHasRole": "{email} heeft deze rol al.",
  "invite.openTitle": "Openstaande uitnodigingen",
  "invite.noneOpen": "Geen openstaande uitnodigingen.",
  "invite.col.invitee": "Uitgenodigd",
  "invite.col.role": "Rol",
  "invite.col.expires": "Verloopt",
  "invite.revoke": "Intrekken",
  "invite.revokeLabel": "Uitnodiging voor {email} intrekken",
  "invite.revoked": "Uitnodiging voor {email} ingetrokken.",
} as const;

export const en: Record<keyof typeof nl, string> = {
  "invite.title": "Invitation to {werkplaats}",
  "invite.intro": "{inviter} invited you as {role}. Choose a password to activate your account.",
  "invite.introExisting": "{inviter} invited you as {role}. You already have an account: accept the invitation to add the role.",
  "invite.submit": "Accept invitation",
  "invite.invalid": "This invitation is invalid, expired, revoked or already used. Ask the manager for a new one.",
  "mail.invite.subject": "Invitation to {werkplaats}",
  "mail.invite.body":
    "Hello {name},\n\n{inviter} invites you to {werkplaats} as {role}. Accept the invitation with this link (valid for 7 days):\n\n{link}\n",

  "invite.loginFirst": "There is already an account with {email}. Log in with that account first; then you can accept the invitation.",
  "invite.loginOther": "You are logged in with another account. Log in with {email} to accept the invitation.",
  "invite.claimNotice":
    "There is already an account with {email} that has not been confirmed. This invitation proves the address is yours: choose a new password. The old password stops working and whoever is logged in with this account is logged out.",
  "mail.companyInviteBlocked.subject": "{inviter} wanted to add you to {company}",
  "mail.companyInviteBlocked.body":
    "Hello {name},\n\n{inviter} wanted to add you to the team of {company} at {werkplaats}. Your account already belongs to {current} there, and you can belong to one company at a time. Want to switch? Leave {current} on the company page first and ask {inviter} for a new invitation.\n",
  "invite.formTitle": "Invite someone",
  "invite.formIntro": "They receive an email with a link (valid for 7 days) to choose a password.",
  "invite.name": "Name",
  "invite.email": "Email address",
  "invite.role": "Role",
  "invite.send": "Send invitation",
  "invite.sent": "Invitation sent to {email}.",
  "invite.alreadyPending": "An invitation for {email} with this role is already open.",
  "invite.alreadyHasRole": "{email} already has this role.",
  "invite.openTitle": "Open invitations",
  "invite.noneOpen": "No open invitations.",
  "invite.col.invitee": "Invited",
  "invite.col.role": "Role",
  "invite.col.expires": "Expires",
  "invite.revoke": "Revoke",
  "invite.revokeLabel": "Revoke the invitation for {email}",
  "invite.revoked": "Invitation for {email} revoked.",
};
