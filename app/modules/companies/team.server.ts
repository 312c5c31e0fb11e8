import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { companies, companyInvitations, companyMembers, users } from "#db/schema";
import { findUserByEmail } from "~/modules/auth/accounts.server";
import { accountForInvitee, inviteeStep } from "~/modules/auth/invitee.server";
import { hashToken, newToken } from "~/modules/auth/tokens.server";
import type { Locale } from "~/modules/i18n/locales";
import { enqueueMail } from "~/modules/notifications/outbox.server";
import { db } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { conflict, invalid, notFound } from "~/utils/errors";
import { companyOf, requireCompanyRole } from "./companies.server";

const INVITE_DAYS = 14;

const open = () =>
  and(isNull(companyInvitations.acceptedAt), isNull(companyInvitations.revokedAt), gt(companyInvitations.expiresAt, sql`now()`));

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
  const { token, hash } = newToken();
  return db.transaction(async (tx) => {
    const [pending] = await tx
      .select({ id: companyInvitations.id })
      .from(companyInvitations)
      .where(and(eq(companyInvitations.companyId, companyId), eq(companyInvitations.email, invitee.email), open()))
      .limit(1);
    if (pending) throw conflict("company.errors.invitePending", { email: invitee.email }, "email");
    await tx.insert(companyInvitations).values({
      companyId,
      email: invitee.email,
      name: invitee.name,
      tokenHash: hash,
      invitedBy: inviter.id,
      expiresAt: new Date(Date.now() + INVITE_DAYS * 86400_000),
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
  return db
    .select({ id: companyInvitations.id, name: companyInvitations.name, email: companyInvitations.email, expiresAt: companyInvitations.expiresAt })
    .from(companyInvitations)
    .where(and(eq(companyInvitations.companyId, companyId), open()))
    .orderBy(desc(companyInvitations.createdAt));
}

export async function revokeCompanyInvitation(werkplaatsId: string, actorId: string, companyId: string, invitationId: string) {
  await requireCompanyRole(werkplaatsId, actorId, companyId, "owner");
  const [row] = await db
    .update(companyInvitations)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(companyInvitations.id, invitationId), eq(companyInvitations.companyId, companyId), open()))
    .returning({ email: companyInvitations.email });
  if (!row) throw notFound();
  return row.email;
}

/** An invitation that can still be accepted, for the join page, with what it asks of this visitor. */
export async function findCompanyInvitation(token: string, currentUserId: string | null) {
  const [row] = await db
    .select({
      email: companyInvitations.email,
      name: companyInvitations.name,
      companyName: companies.name,
      werkplaatsId: companies.werkplaatsId,
      inviterName: users.name,
    })
    .from(companyInvitations)
    .innerJoin(companies, eq(companies.id, companyInvitations.companyId))
    .leftJoin(users, eq(users.id, companyInvitations.invitedBy))
    .where(and(eq(companyInvitations.tokenHash, hashToken(token)), open()))
    .limit(1);
  if (!row) return undefined;
  return { ...row, step: await inviteeStep(row.email, currentUserId) };
}

/**
 * Joins the company of an invitation with the account of its address (see `accountForInvitee`:
 * created, claimed, or the logged-in one). Accepting twice fails (conditional update).
 */
export async function acceptCompanyInvitation(token: string, options: { password?: string; locale: Locale; currentUserId: string | null }) {
  return db.transaction(async (tx) => {
    const [invitation] = await tx
      .update(companyInvitations)
      .set({ acceptedAt: sql`now()` })
      .where(and(eq(companyInvitations.tokenHash, hashToken(token)), open()))
      .returning();
    if (!invitation) throw invalid("company.errors.inviteInvalid");
    const [company] = await tx.select().from(companies).where(eq(companies.id, invitation.companyId));
    const account = await accountForInvitee(tx, invitation, options);
    const user = account.user;
    if (await companyOf(company!.werkplaatsId, user.id, tx)) throw conflict("company.errors.alreadyInCompany");
    await tx.insert(companyMembers).values({ companyId: company!.id, userId: user.id, werkplaatsId: company!.werkplaatsId, role: "member" });
    return { user, company: company!, startSession: account.startSession };
  });
}
