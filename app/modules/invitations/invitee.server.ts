import type { Locale } from "~/modules/i18n";
import type { Executor } from "~/utils/db.server";
import { forbidden, invalid } from "~/utils/errors";
import { findUserByEmail, insertUser, markEmailVerified, replacePasswordOfProvenAddress, hashPassword } from "~/modules/auth/index.server";
import type { InviteeStep } from "./invitee";

/** Which step (see invitee.ts) the holder of an invitation for `email` takes. */
export async function inviteeStep(email: string, currentUserId: string | null): Promise<InviteeStep> {
  const user = await findUserByEmail(email);
  if (!user) return "new";
  if (user.id === currentUserId) return "confirm";
  return user.emailVerifiedAt ? "login" : "claim";
}

/**
 * The account an accepted invitation is for, within the accepting transaction, following the
 * steps in invitee.ts. `startSession` says whether the browser should be logged in to it afterwards.
 */
export async function accountForInvitee(
  tx: Executor,
  invitee: { email: string; name: string },
  options: { password?: string; locale: Locale; currentUserId: string | null },
) {
  const user = await findUserByEmail(invitee.email, tx);
  if (!user) {
    if (!options.password) throw invalid("errors.required", undefined, "password");
    const created = await insertUser(tx, {
      ...invitee,
      password: options.password,
      locale: options.locale,
      termsAccepted: true,
      verified: true,
    });
    return { user: created, startSession: true };
  }
  if (user.id === options.currentUserId) {
    if (user.emailVerifiedAt) return { user, startSession: false };
    // Logged in with the password and holding the link sent to the address: the owner.
    return { user: await markEmailVerified(tx, user.id), startSession: false };
  }
  if (user.emailVerifiedAt) throw forbidden("invite.loginFirst");
  if (!options.password) throw invalid("errors.required", undefined, "password");
  const claimed = await replacePasswordOfProvenAddress(tx, user.id, await hashPassword(options.password));
  return { user: claimed, startSession: true };
}
