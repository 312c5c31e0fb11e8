import { and, desc, eq, gt, isNull, sql, type SQL } from "drizzle-orm";
import { invitations, users, type InvitationScope } from "#db/schema";
import type { Role } from "~/modules/auth";
import { hashToken, newToken } from "~/modules/auth/index.server";
import { db, type Executor } from "~/utils/db.server";

/**
 * Where invitations of one scope live, and so which ones a caller may see: role invitations
 * belong to a werkplaats (optionally one role), team invitations to a company. A new scope
 * adds a case here.
 */
export type InvitationPlace =
  | { scope: "role"; werkplaatsId: string; role?: Role }
  | { scope: "company"; companyId: string }
  | { scope: "trajectory_member"; trajectoryMemberId: string };

function inPlace(place: InvitationPlace): SQL {
  switch (place.scope) {
    case "role":
      return and(
        eq(invitations.scope, "role"),
        eq(invitations.werkplaatsId, place.werkplaatsId),
        place.role ? eq(invitations.role, place.role) : undefined,
      )!;
    case "company":
      return and(eq(invitations.scope, "company"), eq(invitations.companyId, place.companyId))!;
    case "trajectory_member":
      return and(eq(invitations.scope, "trajectory_member"), eq(invitations.trajectoryMemberId, place.trajectoryMemberId))!;
  }
}

/** Neither accepted nor revoked: an invitation someone could still act on, expired or not. */
const pending = () => and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt))!;

/** Pending and not expired: its link still works. */
const open = () => and(pending(), gt(invitations.expiresAt, sql`now()`))!;

/** A token works only for the scope it was issued for, and only while its invitation is open. */
const openByToken = (token: string, scope: InvitationScope) =>
  and(eq(invitations.tokenHash, hashToken(token)), eq(invitations.scope, scope), open());

export async function hasOpenInvitation(tx: Executor, place: InvitationPlace, email: string) {
  const [row] = await tx
    .select({ id: invitations.id })
    .from(invitations)
    .where(and(inPlace(place), eq(invitations.email, email), open()))
    .limit(1);
  return Boolean(row);
}

/** Stores a new invitation with the hash of a fresh token; the token is for the emailed link only. */
export async function issueInvitation(
  tx: Executor,
  invitation: { werkplaatsId: string; email: string; name: string; invitedBy: string; validDays: number } & (
    | { scope: "role"; role: Role }
    | { scope: "company"; companyId: string }
    | { scope: "trajectory_member"; trajectoryMemberId: string }
  ),
) {
  const { token, hash } = newToken();
  const { validDays, ...values } = invitation;
  const [row] = await tx
    .insert(invitations)
    .values({ ...values, tokenHash: hash, expiresAt: new Date(Date.now() + validDays * 86400_000) })
    .returning();
  return { token, invitation: row! };
}

/** Open invitations of a place, newest first. */
export async function openInvitations(place: InvitationPlace) {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      name: invitations.name,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .where(and(inPlace(place), open()))
    .orderBy(desc(invitations.createdAt));
}

export async function countOpen(place: InvitationPlace) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(invitations)
    .where(and(inPlace(place), open()));
  return row?.n ?? 0;
}

/**
 * Revokes one invitation of a place and returns its address; undefined if there is none to
 * revoke. `includeExpired` keeps what each flow has always done: the people page may revoke an
 * expired role invitation, a company owner only an open one.
 */
export async function revokeIn(place: InvitationPlace, invitationId: string, includeExpired: boolean) {
  const [row] = await db
    .update(invitations)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(invitations.id, invitationId), inPlace(place), includeExpired ? pending() : open()))
    .returning({ email: invitations.email });
  return row?.email;
}

/** The open invitation a link is for, with the inviter's name; undefined for any other token. */
export async function findByToken(token: string, scope: InvitationScope, tx: Executor = db) {
  const [row] = await tx
    .select({ invitation: invitations, inviterName: users.name })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(openByToken(token, scope))
    .limit(1);
  return row;
}

/** Marks the invitation of a link accepted; the conditional update makes a second use fail. */
export async function consumeInvitation(tx: Executor, token: string, scope: InvitationScope) {
  const [row] = await tx.update(invitations).set({ acceptedAt: sql`now()` }).where(openByToken(token, scope)).returning();
  return row;
}
