import { and, eq, isNull } from "drizzle-orm";
import { trajectories, trajectoryMembers } from "#db/schema";
import type { Locale } from "~/modules/i18n";
import { db, type Executor } from "~/utils/db.server";
import { conflict, invalid } from "~/utils/errors";
import { consumeInvitation, findByToken, issueInvitation } from "./invitations.server";
import { accountForInvitee, inviteeStep } from "./invitee.server";

const INVITE_DAYS = 14;

/**
 * Issues the invitation for a place on a trajectory's team, inside the caller's transaction
 * (which made the place). Returns the token for the emailed link; only its hash is stored.
 */
export async function issueTeamInvitation(
  tx: Executor,
  invitation: { werkplaatsId: string; trajectoryMemberId: string; email: string; name: string; invitedBy: string },
) {
  const { token } = await issueInvitation(tx, { scope: "trajectory_member", validDays: INVITE_DAYS, ...invitation });
  return token;
}

/** A team invitation that can still be accepted, for the join page, with what it asks of this visitor. */
export async function findTeamInvitation(token: string, currentUserId: string | null) {
  const row = await findByToken(token, "trajectory_member");
  if (!row) return undefined;
  const { email, name, trajectoryMemberId } = row.invitation;
  const [place] = await db
    .select({ title: trajectories.title })
    .from(trajectoryMembers)
    .innerJoin(trajectories, eq(trajectories.id, trajectoryMembers.trajectoryId))
    .where(eq(trajectoryMembers.id, trajectoryMemberId!));
  return { email, name, title: place?.title ?? "", inviterName: row.inviterName, step: await inviteeStep(email, currentUserId) };
}

/**
 * Takes the place on the team with the account of the invited address (created, claimed or the
 * logged-in one). Accepting twice fails; an account already on that team is a 409.
 */
export async function acceptTeamInvitation(token: string, options: { password?: string; locale: Locale; currentUserId: string | null }) {
  return db.transaction(async (tx) => {
    const invitation = await consumeInvitation(tx, token, "trajectory_member");
    if (!invitation) throw invalid("invite.invalid");
    const account = await accountForInvitee(tx, invitation, options);
    const [place] = await tx
      .select({ trajectoryId: trajectoryMembers.trajectoryId })
      .from(trajectoryMembers)
      .where(eq(trajectoryMembers.id, invitation.trajectoryMemberId!));
    const [already] = await tx
      .select({ id: trajectoryMembers.id })
      .from(trajectoryMembers)
      .where(and(eq(trajectoryMembers.trajectoryId, place!.trajectoryId), eq(trajectoryMembers.userId, account.user.id)));
    if (already) throw conflict("workshop.trajectory.errors.alreadyOnTeam");
    await tx
      .update(trajectoryMembers)
      .set({ userId: account.user.id, acceptedAt: new Date() })
      .where(and(eq(trajectoryMembers.id, invitation.trajectoryMemberId!), isNull(trajectoryMembers.userId)));
    return { user: account.user, startSession: account.startSession, trajectoryId: place!.trajectoryId };
  });
}
