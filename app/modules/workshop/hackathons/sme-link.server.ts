import { eq } from "drizzle-orm";
import { events, hackathonChallenges, workshopIntakes } from "#db/schema";
import { hashToken, newToken } from "~/modules/auth/index.server";
import { enqueueMail } from "~/modules/notifications/index.server";
import { addMonths } from "~/utils/calendar";
import { db } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { notFound } from "~/utils/errors";
import { todayIn, zonedToUtc } from "~/utils/zoned-time";
import { challengeOf } from "./challenges.server";
import { challengeRanking } from "./jury.server";
import { outcomeDownload, outcomeVersionsOf } from "./outcomes.server";

/** Like a trajectory's, the SME's link to its challenge keeps working for three months after the hackathon. */
const LINK_MONTHS_AFTER_EVENT = 3;

/**
 * Makes the SME's private link to its challenge and mails it to the intake's contact. Only the
 * hash is stored; sending again replaces it, so a forwarded link can be shut off.
 */
export async function sendChallengeLink(werkplaats: { id: string; name: string }, eventId: string, challengeId: string) {
  const challenge = await challengeOf(werkplaats.id, challengeId);
  if (challenge.eventId !== eventId) throw notFound();
  const [found] = await db
    .select({ endsAt: events.endsAt, intake: workshopIntakes })
    .from(events)
    .innerJoin(workshopIntakes, eq(workshopIntakes.id, challenge.intakeId))
    .where(eq(events.id, challenge.eventId));
  if (!found) throw notFound();
  const { token, hash } = newToken();
  const expiresAt = zonedToUtc(addMonths(todayIn(found.endsAt), LINK_MONTHS_AFTER_EVENT), "00:00");
  await db.transaction(async (tx) => {
    await tx
      .update(hackathonChallenges)
      .set({ smeTokenHash: hash, smeTokenExpiresAt: expiresAt })
      .where(eq(hackathonChallenges.id, challenge.id));
    await enqueueMail(tx, {
      werkplaatsId: werkplaats.id,
      to: found.intake.email,
      locale: found.intake.locale === "en" ? "en" : "nl",
      template: "mail.hackathonSmeLink",
      vars: { name: found.intake.contactName, title: challenge.title, werkplaats: werkplaats.name, link: `${appUrl()}/volg/${token}` },
    });
  });
}

/**
 * What the SME sees of its challenge through the link: the hackathon, the teams' ranking on its
 * challenge, and the outcome once recorded. A guessed, replaced or expired token gives null.
 */
export async function challengeFollowView(token: string, now = new Date()) {
  const challenge = await challengeOfToken(token, now);
  if (!challenge) return null;
  const [row] = await db
    .select({
      eventId: hackathonChallenges.eventId,
      title: hackathonChallenges.title,
      outcome: hackathonChallenges.outcome,
      organisation: workshopIntakes.organisation,
      eventTitleNl: events.titleNl,
      eventTitleEn: events.titleEn,
      startsAt: events.startsAt,
    })
    .from(hackathonChallenges)
    .innerJoin(events, eq(events.id, hackathonChallenges.eventId))
    .innerJoin(workshopIntakes, eq(workshopIntakes.id, hackathonChallenges.intakeId))
    .where(eq(hackathonChallenges.id, challenge.id));
  if (!row) return null;
  const { eventId, ...shown } = row;
  // The SME sees the latest version of the teams' work; staff keep every version.
  const [latest] = await outcomeVersionsOf([challenge.id]);
  return { ...shown, work: latest ?? null, ranking: await challengeRanking(eventId, challenge.id) };
}

/** The challenge behind a working SME link, or null: a guessed, replaced or expired token, or a cancelled hackathon. */
async function challengeOfToken(token: string, now: Date) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const [row] = await db
    .select({
      id: hackathonChallenges.id,
      werkplaatsId: hackathonChallenges.werkplaatsId,
      expiresAt: hackathonChallenges.smeTokenExpiresAt,
      eventStatus: events.status,
    })
    .from(hackathonChallenges)
    .innerJoin(events, eq(events.id, hackathonChallenges.eventId))
    .where(eq(hackathonChallenges.smeTokenHash, hashToken(token)));
  if (!row || row.eventStatus === "cancelled" || !row.expiresAt || row.expiresAt <= now) return null;
  return row;
}

/** A file of the challenge's outcome through the SME's link; anything else is a 404. */
export async function challengeOutcomeDownload(token: string, versionId: string, now = new Date()) {
  const challenge = await challengeOfToken(token, now);
  if (!challenge) throw notFound();
  return outcomeDownload(challenge, versionId);
}
