import { and, asc, count, desc, eq, gt, ilike, isNull, or, sql } from "drizzle-orm";
import { invitations, roleAssignments, users } from "#db/schema";
import { translate } from "~/modules/i18n/dictionary";
import type { Locale } from "~/modules/i18n/locales";
import { enqueueMail } from "~/modules/notifications/outbox.server";
import { db, pgErrorOf, PG, type Executor } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { conflict, invalid, notFound } from "~/utils/errors";
import { findUserByEmail } from "./accounts.server";
import { accountForInvitee, inviteeStep } from "./invitee.server";
import type { Role } from "./roles";
import { hashToken, newToken } from "./tokens.server";

const INVITE_DAYS = 7;

export async function rolesOf(userId: string, werkplaatsId: string): Promise<Role[]> {
  const rows = await db
    .select({ role: roleAssignments.role })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.userId, userId), eq(roleAssignments.werkplaatsId, werkplaatsId)));
  return rows.map((r) => r.role);
}

/**
 * Adds a role; holding it already is fine (idempotent). An account whose address nobody proved
 * gains no role (a trigger in the database refuses it): that is a 409 with a clear message.
 */
export async function grantRole(
  tx: Executor,
  grant: { werkplaatsId: string; userId: string; role: Role; grantedBy: string | null },
) {
  try {
    const inserted = await tx
      .insert(roleAssignments)
      .values(grant)
      .onConflictDoNothing()
      .returning({ role: roleAssignments.role });
    return inserted.length > 0;
  } catch (error) {
    if (pgErrorOf(error)?.constraint === "role_assignments_verified_user") throw conflict("people.unverified");
    throw error;
  }
}

/** People with a role in the werkplaats, with all their roles, optionally filtered by name/email. */
export async function listPeople(werkplaatsId: string, query?: string) {
  const pattern = query ? `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, role: roleAssignments.role })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(
      and(
        eq(roleAssignments.werkplaatsId, werkplaatsId),
        pattern ? or(ilike(users.name, pattern), ilike(users.email, pattern)) : undefined,
      ),
    )
    .orderBy(asc(users.name), asc(roleAssignments.role));
  const people = new Map<string, { id: string; name: string; email: string; roles: Role[] }>();
  for (const row of rows) {
    const person = people.get(row.id) ?? { id: row.id, name: row.name, email: row.email, roles: [] };
    person.roles.push(row.role);
    people.set(row.id, person);
  }
  return [...people.values()];
}

export async function countPeople(werkplaatsId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${roleAssignments.userId})::int` })
    .from(roleAssignments)
    .where(eq(roleAssignments.werkplaatsId, werkplaatsId));
  return row?.n ?? 0;
}

export async function addRole(werkplaatsId: string, actorId: string, userId: string, role: Role) {
  const [user] = await db.select({ name: users.name, emailVerifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, userId));
  if (!user) throw notFound("people.userNotFound");
  if (!user.emailVerifiedAt) throw conflict("people.unverified");
  try {
    const added = await grantRole(db, { werkplaatsId, userId, role, grantedBy: actorId });
    if (!added) throw conflict("people.alreadyHasRole", { name: user.name });
  } catch (error) {
    if (pgErrorOf(error)?.code === PG.foreignKeyViolation) throw notFound("people.userNotFound");
    throw error;
  }
  return user.name;
}

/**
 * Takes a role away. The werkplaats always keeps one manager: the check and the delete run
 * under a lock on the werkplaats' manager rows, so two managers cannot remove each other at once.
 */
export async function removeRole(werkplaatsId: string, userId: string, role: Role) {
  return db.transaction(async (tx) => {
    if (role === "manager") {
      const managers = await tx
        .select({ userId: roleAssignments.userId })
        .from(roleAssignments)
        .where(and(eq(roleAssignments.werkplaatsId, werkplaatsId), eq(roleAssignments.role, "manager")))
        .for("update");
      if (managers.length <= 1 && managers.some((m) => m.userId === userId)) throw conflict("people.lastManager");
    }
    const removed = await tx
      .delete(roleAssignments)
      .where(and(eq(roleAssignments.werkplaatsId, werkplaatsId), eq(roleAssignments.userId, userId), eq(roleAssignments.role, role)))
      .returning({ userId: roleAssignments.userId });
    if (removed.length === 0) throw notFound("people.userNotFound");
    const [user] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
    return user?.name ?? "";
  });
}

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
  const { token, hash } = newToken();
  return db.transaction(async (tx) => {
    const [open] = await tx
      .select({ id: invitations.id })
      .from(invitations)
      .where(
        and(
          eq(invitations.werkplaatsId, werkplaats.id),
          eq(invitations.email, invitee.email),
          eq(invitations.role, invitee.role),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          gt(invitations.expiresAt, sql`now()`),
        ),
      )
      .limit(1);
    if (open) throw conflict("invite.alreadyPending", { email: invitee.email }, "email");
    const [invitation] = await tx
      .insert(invitations)
      .values({
        werkplaatsId: werkplaats.id,
        email: invitee.email,
        name: invitee.name,
        role: invitee.role,
        tokenHash: hash,
        invitedBy: inviter.id,
        expiresAt: new Date(Date.now() + INVITE_DAYS * 86400_000),
      })
      .returning();
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
    return invitation!;
  });
}

export async function listOpenInvitations(werkplaatsId: string) {
  return db
    .select({ id: invitations.id, email: invitations.email, name: invitations.name, role: invitations.role, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(
      and(
        eq(invitations.werkplaatsId, werkplaatsId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, sql`now()`),
      ),
    )
    .orderBy(desc(invitations.createdAt));
}

export async function countOpenInvitations(werkplaatsId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(invitations)
    .where(and(eq(invitations.werkplaatsId, werkplaatsId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, sql`now()`)));
  return row?.n ?? 0;
}

export async function revokeInvitation(werkplaatsId: string, invitationId: string) {
  const [row] = await db
    .update(invitations)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(invitations.id, invitationId), eq(invitations.werkplaatsId, werkplaatsId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .returning({ email: invitations.email });
  if (!row) throw notFound();
  return row.email;
}

/** An invitation that can still be accepted, with what accepting it asks of this visitor. */
export async function findOpenInvitation(token: string, currentUserId: string | null) {
  const [row] = await db
    .select({
      id: invitations.id,
      werkplaatsId: invitations.werkplaatsId,
      email: invitations.email,
      name: invitations.name,
      role: invitations.role,
      inviterName: users.name,
    })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(
      and(
        eq(invitations.tokenHash, hashToken(token)),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, sql`now()`),
      ),
    )
    .limit(1);
  if (!row) return undefined;
  return { ...row, step: await inviteeStep(row.email, currentUserId) };
}

/**
 * Accepts an invitation for the account of its address (see `accountForInvitee`: created,
 * claimed, or the logged-in one), then grants the role. The conditional update on accepted_at
 * makes a second acceptance fail.
 */
export async function acceptInvitation(
  token: string,
  options: { password?: string; locale: Locale; currentUserId: string | null },
) {
  return db.transaction(async (tx) => {
    const [invitation] = await tx
      .update(invitations)
      .set({ acceptedAt: sql`now()` })
      .where(
        and(
          eq(invitations.tokenHash, hashToken(token)),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          gt(invitations.expiresAt, sql`now()`),
        ),
      )
      .returning();
    if (!invitation) throw invalid("invite.invalid");
    const account = await accountForInvitee(tx, invitation, options);
    await grantRole(tx, { werkplaatsId: invitation.werkplaatsId, userId: account.user.id, role: invitation.role, grantedBy: invitation.invitedBy });
    return account;
  });
}

export async function werkplaatsenOfUser(userId: string) {
  const rows = await db
    .selectDistinct({ werkplaatsId: roleAssignments.werkplaatsId })
    .from(roleAssignments)
    .where(eq(roleAssignments.userId, userId));
  return rows.map((r) => r.werkplaatsId);
}

