import { and, asc, eq } from "drizzle-orm";
import { trajectories, trajectoryDeliverables, workshopIntakes } from "#db/schema";
import { hashToken, newToken } from "~/modules/auth/index.server";
import { enqueueMail } from "~/modules/notifications/index.server";
import { addMonths } from "~/utils/calendar";
import { db } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { conflict } from "~/utils/errors";
import { zonedToUtc } from "~/utils/zoned-time";
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

/**
 * What the SME sees through the link: the trajectory's title, status, milestones and
 * deliverables. A guessed, replaced or expired token, or a closed trajectory, gives null, and
 * the page shows nothing of any trajectory.
 */
export async function smeView(token: string, now = new Date()) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const [row] = await db
    .select({
      id: trajectories.id,
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
  const deliverables = await db
    .select({
      id: trajectoryDeliverables.id,
      title: trajectoryDeliverables.title,
      kind: trajectoryDeliverables.kind,
      dueOn: trajectoryDeliverables.dueOn,
    })
    .from(trajectoryDeliverables)
    .where(eq(trajectoryDeliverables.trajectoryId, row.id))
    .orderBy(asc(trajectoryDeliverables.createdAt));
  const { id, expiresAt: _e, ...shown } = row;
  return { ...shown, milestones: await milestonesOf(id), deliverables };
}
