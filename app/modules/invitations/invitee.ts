/**
 * What accepting an invitation (a role or a company team) asks of the person holding the link:
 * - `new`: no account has the address: choose a password (the link proves the address);
 * - `claim`: an unverified account has it, and it is not the one logged in: whoever typed the
 *   address in may not be its owner, so the link holder chooses a new password and the old
 *   password and sessions go;
 * - `login`: a verified account has it: log in to that account first (a link alone never logs
 *   anyone in to an existing account);
 * - `confirm`: logged in to the invited account: one button.
 */
export type InviteeStep = "new" | "claim" | "login" | "confirm";

/** Whether the step asks for a new password (and the terms). */
export const needsPassword = (step: InviteeStep | undefined) => step === "new" || step === "claim";
