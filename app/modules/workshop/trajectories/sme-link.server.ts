import { and, eq } from "drizzle-orm";
import { trajectories, workshopIntakes } from "#db/schema";
import { hashToken, newToken } from "~/modules/auth/index.server";
import { enqueueMail } from "~/modules/notifications/index.server";
import { addMonths } from "~/utils/calendar";
import { db } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { conflict, notFound } from "~/utils/errors";
import { zonedToUtc } from "~/utils/zoned-time";
import { acceptedDeliverables, deliverableDownload } from "../deliverables/deliverables.server";
import { milestonesOf } from "./milestones.server";
import { trajectoryFile } from "./trajectory.server";

/** The SME's link keeps working until three months after the school period: through the follow-up question. */
const LINK_MONTHS_AFTER_PERIOD = 3;

/**
 * Makes the SME's private link and mails it to the intake's contact. Only the token's hash is
 * stored; sending again replaces it, so an old (forwarded, leaked) link stops working.
 */
export async function sendSmeLink(werkplaats: { id: string; name: string }, trajectoryId: string) {
  const { trajectory, sme } = await trajectoryFile(werkplaats.id, trajectoryId);
  if (trajectory.status === "closed") throw conflict("workshop.trajectory.errors.closed");
  const { token, hash } = newToken();
  const expiresAt = zonedToUtc(addMonths(trajectory.periodEnd, LINK_MONTHS_AFTER_PERIOD), "00:00");
  const [intake] = await db
    .select({ locale: workshopIntakes.locale })
    .from(workshopIntakes)
    .where(eq(workshopIntakes.id, trajectory.intakeId));
  await db.transaction(async (tx) => {
    await tx
      .update(trajectories)
      .set({ smeTokenHash: hash, smeTokenExpiresAt: expiresAt, updatedAt: new Date() })
      .where(and(eq(trajectories.id, trajectory.id), eq(trajectories.werkplaatsId, werkplaats.id)));
    await enqueueMail(tx, {
      werkplaatsId: werkplaats.id,
      to: sme.email,
      locale: intake?.locale === "en" ? "en" : "nl",
      template: "mail.trajectorySmeLink",
      vars: { name: sme.contactName, title: trajectory.title, werkplaats: werkplaats.name, link: `${appUrl()}/volg/${token}` },
    });
  });
}

/** The trajectory behind an SME link; a guessed, replaced or expired token, or a closed trajectory, is null. */
async function smeTrajectory(token: string, now: Date) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const [row] = await db
    .select({
      id: trajectories.id,
      werkplaatsId: trajectories.werkplaatsId,
      title: trajectories.title,
      status: trajectories.status,
      expiresAt: trajectories.smeTokenExpiresAt,
      periodStart: trajectories.periodStart,
      periodEnd: trajectories.periodEnd,
      organisation: workshopIntakes.organisation,
    })
    .from(trajectories)
    .innerJoin(workshopIntakes, eq(workshopIntakes.id, trajectories.intakeId))
    .where(eq(trajectories.smeTokenHash, hashToken(token)));
  if (!row || row.status === "closed" || !row.expiresAt || row.expiresAt <= now) return null;
  return row;
}

/**
 * What the SME sees through the link: the trajectory's title, status, milestones and the
 * deliverables staff accepted (each at its latest accepted version). A link that does not work
 * gives null, and the page shows nothing of any trajectory.
 */
export async function smeView(token: string, now = new Date()) {
  const row = await smeTrajectory(token, now);
  if (!row) return null;
  const { id, werkplaatsId: _w, expiresAt: _e, ...shown } = row;
  // The SME sees when and where, not the agenda's or the room's ids.
  const milestones = (await milestonesOf(id)).map(({ eventId: _e, roomId: _r, ...m }) => m);
  return { ...shown, milestones, deliverables: await acceptedDeliverables(id) };
}

/** An accepted deliverable's file through the SME's link; anything else (a link that does not work, a version not accepted) is a 404. */
export async function smeDownload(token: string, versionId: string, now = new Date()) {
  const row = await smeTrajectory(token, now);
  if (!row) throw notFound();
  return deliverableDownload(row, versionId, true);
}
