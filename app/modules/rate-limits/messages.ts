/** What a public form answers when it is sent too often. */
export const nl = {
  "limits.tooManyFromHere":
    "Er zijn vanaf deze verbinding in korte tijd te veel aanvragen verstuurd. Probeer het over {minutes} min. opnieuw.",
  "limits.tooManyForAddress":
    "Voor dit e-mailadres zijn net al een paar aanvragen gedaan. Kijk in je mailbox (ook in de spam-map), of probeer het over {minutes} min. opnieuw.",
} as const;

export const en: Record<keyof typeof nl, string> = {
  "limits.tooManyFromHere": "Too many requests have been sent from this connection in a short time. Try again in {minutes} min.",
  "limits.tooManyForAddress":
    "A few requests were just made for this email address. Check your mailbox (and spam folder), or try again in {minutes} min.",
};
