import { eq } from "drizzle-orm";
import { companies, companyMembers } from "#db/schema";
import { findUserByEmail } from "~/modules/auth/index.server";
import { companyOf, requireCompanyRole } from "~/modules/companies/index.server";
import type { Locale } from "~/modules/i18n";
import { enqueueMail } from "~/modules/notifications/index.server";
import { db } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { conflict, invalid, notFound } from "~/utils/errors";
import { consumeInvitation, findByToken, hasOpenInvitation, issueInvitation, openInvitations, revokeIn } from "./invitations.server";
import { accountForInvitee, inviteeStep } from "./invitee.server";

const INVITE_DAYS = 14;

/**
 * The owner invites a colleague by email; the link lets them join (and create an account if
 * needed). The answer never says whether the address has an account: someone who already
 * belongs to a company here gets an email explaining why they cannot join instead of a link.
 */
export async function inviteColleague(
  werkplaats: { id: string; name: string },
  inviter: { id: string; name: string },
  companyId: string,
  invitee: { name: string; email: string },
  locale: Locale,
) {
  const company = await requireCompanyRole(werkplaats.id, inviter.id, companyId, "owner");
  const existing = await findUserByEmail(invitee.email);
  const currentCompany = existing ? await companyOf(werkplaats.id, existing.id) : undefined;
  return db.transaction(async (tx) => {
    if (await hasOpenInvitation(tx, { scope: "company", companyId }, invitee.email)) {
      throw conflict("company.errors.invitePending", { email: invitee.email }, "email");
    }
    const { token } = await issueInvitation(tx, {
      scope: "company",
      companyId,
      werkplaatsId: company.werkplaatsId,
      email: invitee.email,
      name: invitee.name,
      invitedBy: inviter.id,
      validDays: INVITE_DAYS,
    });
    const vars = { name: invitee.name, inviter: inviter.name, company: company.name, werkplaats: werkplaats.name };
    await enqueueMail(tx, {
      werkplaatsId: werkplaats.id,
      to: invitee.email,
      locale: (existing?.locale as Locale | undefined) ?? locale,
      ...(currentCompany
        ? { template: "mail.companyInviteBlocked", vars: { ...vars, current: currentCompany.name } }
        : { template: "mail.companyInvite", vars: { ...vars, link: `${appUrl()}/company/join/${token}` } }),
    });
  });
}

export async function openCompanyInvitations(companyId: string) {
  const rows = await openInvitations({ scope: "company", companyId });
  return rows.map(({ id, name, email, expiresAt }) => ({ id, name, email, expiresAt }));
}

export async function revokeCompanyInvitation(werkplaatsId: string, actorId: string, companyId: string, invitationId: string) {
  await requireCompanyRole(werkplaatsId, actorId, companyId, "owner");
  const email = await revokeIn({ scope: "company", companyId }, invitationId, false);
  if (!email) throw notFound();
  return email;
}

/** A team invitation that can still be accepted, for the join page, with what it asks of this visitor. */
export async function findCompanyInvitation(token: string, currentUserId: string | null) {
  const row = await findByToken(token, "company");
  if (!row) return undefined;
  const { email, name, werkplaatsId, companyId } = row.invitation;
  const [company] = await db.select({ name: companies.name }).from(companies).where(eq(companies.id, companyId!));
  return {
    email,
    name,
    companyName: company!.name,
    werkplaatsId,
    inviterName: row.inviterName,
    step: await inviteeStep(email, currentUserId),
  };
}

/**
 * Joins the company of a team invitation with the account of its address (see
 * `accountForInvitee`: created, claimed, or the logged-in one). Accepting twice fails.
 */
export async function acceptCompanyInvitation(token: string, options: { password?: string; locale: Locale; currentUserId: string | null }) {
  return db.transaction(async (tx) => {
    const invitation = await consumeInvitation(tx, token, "company");
    if (!invitation) throw invalid("company.errors.inviteInvalid");
    const [company] = await tx.select().from(companies).where(eq(companies.id, invitation.companyId!));
    const account = await accountForInvitee(tx, invitation, options);
    const user = account.user;
    if (await companyOf(company!.werkplaatsId, user.id, tx)) throw conflict("company.errors.alreadyInCompany");
    await tx
      .insert(companyMembers)
      .values({ companyId: company!.id, userId: user.id, werkplaatsId: company!.werkplaatsId, role: "member" });
    return { user, company: company!, startSession: account.startSession };
  });
}
