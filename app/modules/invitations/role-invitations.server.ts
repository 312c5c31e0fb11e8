import { findUserByEmail, grantRole, rolesOf } from "~/modules/auth/index.server";
import type { Role } from "~/modules/auth";
import { translate, type Locale } from "~/modules/i18n";
import { enqueueMail } from "~/modules/notifications/index.server";
import { db } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { conflict, invalid, notFound } from "~/utils/errors";
import {
  consumeInvitation,
  countOpen,
  findByToken,
  hasOpenInvitation,
  issueInvitation,
  openInvitations,
  revokeIn,
} from "./invitations.server";
import { accountForInvitee, inviteeStep } from "./invitee.server";

const INVITE_DAYS = 7;

/** A manager invites someone by email to take a role in the werkplaats. */
export async function inviteToRole(
  werkplaats: { id: string; name: string },
  inviter: { id: string; name: string },
  invitee: { name: string; email: string; role: Role },
  locale: Locale,
) {
  const existing = await findUserByEmail(invitee.email);
  if (existing) {
    const held = await rolesOf(existing.id, werkplaats.id);
    if (held.includes(invitee.role)) throw conflict("invite.alreadyHasRole", { email: invitee.email }, "email");
  }
  return db.transaction(async (tx) => {
    if (await hasOpenInvitation(tx, { scope: "role", werkplaatsId: werkplaats.id, role: invitee.role }, invitee.email)) {
      throw conflict("invite.alreadyPending", { email: invitee.email }, "email");
    }
    const { token, invitation } = await issueInvitation(tx, {
      scope: "role",
      role: invitee.role,
      werkplaatsId: werkplaats.id,
      email: invitee.email,
      name: invitee.name,
      invitedBy: inviter.id,
      validDays: INVITE_DAYS,
    });
    const mailLocale = (existing?.locale as Locale | undefined) ?? locale;
    await enqueueMail(tx, {
      werkplaatsId: werkplaats.id,
      to: invitee.email,
      locale: mailLocale,
      template: "mail.invite",
      vars: {
        name: invitee.name,
        inviter: inviter.name,
        werkplaats: werkplaats.name,
        role: translate(mailLocale, `role.${invitee.role}`).toLowerCase(),
        link: `${appUrl()}/invite/${token}`,
      },
    });
    return invitation;
  });
}

export async function listOpenInvitations(werkplaatsId: string) {
  const rows = await openInvitations({ scope: "role", werkplaatsId });
  return rows.map((row) => ({ ...row, role: row.role! }));
}

export async function countOpenInvitations(werkplaatsId: string) {
  return countOpen({ scope: "role", werkplaatsId });
}

export async function revokeInvitation(werkplaatsId: string, invitationId: string) {
  const email = await revokeIn({ scope: "role", werkplaatsId }, invitationId, true);
  if (!email) throw notFound();
  return email;
}

/** A role invitation that can still be accepted, with what accepting it asks of this visitor. */
export async function findOpenInvitation(token: string, currentUserId: string | null) {
  const row = await findByToken(token, "role");
  if (!row) return undefined;
  const { id, werkplaatsId, email, name, role } = row.invitation;
  return { id, werkplaatsId, email, name, role: role!, inviterName: row.inviterName, step: await inviteeStep(email, currentUserId) };
}

/**
 * Accepts a role invitation for the account of its address (see `accountForInvitee`: created,
 * claimed, or the logged-in one), then grants the role. Accepting twice fails.
 */
export async function acceptInvitation(token: string, options: { password?: string; locale: Locale; currentUserId: string | null }) {
  return db.transaction(async (tx) => {
    const invitation = await consumeInvitation(tx, token, "role");
    if (!invitation) throw invalid("invite.invalid");
    const account = await accountForInvitee(tx, invitation, options);
    await grantRole(tx, {
      werkplaatsId: invitation.werkplaatsId,
      userId: account.user.id,
      role: invitation.role!,
      grantedBy: invitation.invitedBy,
    });
    return account;
  });
}
