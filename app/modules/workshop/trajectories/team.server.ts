import { and, eq } from "drizzle-orm";
import { trajectoryMembers } from "#db/schema";
import type { Role } from "~/modules/auth";
import type { Locale } from "~/modules/i18n";
import { issueTeamInvitation } from "~/modules/invitations/index.server";
import { enqueueMail } from "~/modules/notifications/index.server";
import { db } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { conflict, forbidden } from "~/utils/errors";
import { trajectoryFile } from "./trajectory.server";
import type { TeamInviteInput } from "./trajectory.schema";

/**
 * Invites a student, teacher or coach by email: a place on the team (with the student's team
 * role) and an invitation pointing at it, in one transaction. The same address twice on one
 * team is a 409 from the unique key, never a second place.
 */
export async function inviteTeamMember(
  werkplaats: { id: string; name: string },
  inviter: { id: string; name: string },
  trajectoryId: string,
  input: TeamInviteInput,
  locale: Locale,
) {
  const { trajectory } = await trajectoryFile(werkplaats.id, trajectoryId);
  if (trajectory.status === "closed") throw conflict("workshop.trajectory.errors.closed");
  await db.transaction(async (tx) => {
    const [place] = await tx
      .insert(trajectoryMembers)
      .values({
        werkplaatsId: werkplaats.id,
        trajectoryId: trajectory.id,
        email: input.email,
        name: input.name,
        role: input.role,
        teamRole: input.teamRole ?? "",
        institution: input.institution ?? null,
        level: input.level ?? null,
      })
      .onConflictDoNothing()
      .returning({ id: trajectoryMembers.id });
    if (!place) throw conflict("workshop.trajectory.errors.alreadyInvited", { email: input.email }, "email");
    const token = await issueTeamInvitation(tx, {
      werkplaatsId: werkplaats.id,
      trajectoryMemberId: place.id,
      email: input.email,
      name: input.name,
      invitedBy: inviter.id,
    });
    await enqueueMail(tx, {
      werkplaatsId: werkplaats.id,
      to: input.email,
      locale,
      template: "mail.trajectoryTeamInvite",
      vars: {
        name: input.name,
        inviter: inviter.name,
        title: trajectory.title,
        werkplaats: werkplaats.name,
        link: `${appUrl()}/traject/uitnodiging/${token}`,
      },
    });
  });
}

/**
 * The team's own page: staff and managers of the werkplaats, and whoever accepted a place on
 * this team. Anyone else signed in (a student of another team) gets 403; another werkplaats's
 * trajectory stays a 404.
 */
export async function teamTrajectory(werkplaatsId: string, viewer: { id: string; roles: readonly Role[] }, trajectoryId: string) {
  const file = await trajectoryFile(werkplaatsId, trajectoryId);
  const staff = viewer.roles.some((r) => r === "staff" || r === "manager");
  if (!staff) {
    const [place] = await db
      .select({ id: trajectoryMembers.id })
      .from(trajectoryMembers)
      .where(and(eq(trajectoryMembers.trajectoryId, file.trajectory.id), eq(trajectoryMembers.userId, viewer.id)));
    if (!place) throw forbidden();
  }
  const { sme, ...rest } = file;
  // The team sees the SME's organisation and contact person, not their address book entry.
  return {
    ...rest,
    sme: { organisation: sme.organisation, contactName: sme.contactName },
    members: rest.members.map(({ email: _e, ...m }) => m),
  };
}
