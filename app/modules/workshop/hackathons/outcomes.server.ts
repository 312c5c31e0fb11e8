import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { hackathonChallenges, hackathonOutcomeVersions, users } from "#db/schema";
import { db } from "~/utils/db.server";
import { notFound } from "~/utils/errors";
import { isUuid } from "~/utils/ids";
import { versionContent } from "../deliverables/deliverables.server";
import { challengeOf } from "./challenges.server";
import type { OutcomeInput } from "./hackathon.schema";

/**
 * Records (or corrects) what came of a challenge: the summary, and with a file or a link a next
 * version of the teams' work, judged and stored as a deliverable's version is. The update locks the
 * challenge's row, so two uploads at once become versions n and n+1 (the unique key backs it up).
 */
export async function recordOutcome(werkplaatsId: string, actorId: string, eventId: string, input: OutcomeInput, now = new Date()) {
  const challenge = await challengeOf(werkplaatsId, input.challengeId);
  if (challenge.eventId !== eventId) throw notFound();
  const content = input.file || input.url ? await versionContent(input) : null;
  await db.transaction(async (tx) => {
    await tx
      .update(hackathonChallenges)
      .set({ outcome: input.outcome, outcomeRecordedAt: now, outcomeRecordedBy: actorId })
      .where(eq(hackathonChallenges.id, challenge.id));
    if (!content) return;
    const [last] = await tx
      .select({ version: sql<number>`coalesce(max(${hackathonOutcomeVersions.version}), 0)`.mapWith(Number) })
      .from(hackathonOutcomeVersions)
      .where(eq(hackathonOutcomeVersions.challengeId, challenge.id));
    await tx.insert(hackathonOutcomeVersions).values({
      werkplaatsId,
      challengeId: challenge.id,
      version: (last?.version ?? 0) + 1,
      uploadedBy: actorId,
      createdAt: now,
      ...content,
    });
  });
}

/** The versions of the challenges' outcomes, newest first, without the bytes. */
export async function outcomeVersionsOf(challengeIds: string[]) {
  if (challengeIds.length === 0) return [];
  return db
    .select({
      versionId: hackathonOutcomeVersions.id,
      challengeId: hackathonOutcomeVersions.challengeId,
      version: hackathonOutcomeVersions.version,
      fileName: hackathonOutcomeVersions.fileName,
      sizeBytes: hackathonOutcomeVersions.sizeBytes,
      url: hackathonOutcomeVersions.url,
      uploadedBy: users.name,
      createdAt: hackathonOutcomeVersions.createdAt,
    })
    .from(hackathonOutcomeVersions)
    .leftJoin(users, eq(users.id, hackathonOutcomeVersions.uploadedBy))
    .where(inArray(hackathonOutcomeVersions.challengeId, challengeIds))
    .orderBy(desc(hackathonOutcomeVersions.version));
}

/** The bytes of one version of a challenge's outcome; another challenge's version, or a link, is a 404. */
export async function outcomeDownload(challenge: { id: string; werkplaatsId: string }, versionId: string) {
  if (!isUuid(versionId)) throw notFound();
  const [row] = await db
    .select({
      filename: hackathonOutcomeVersions.fileName,
      contentType: hackathonOutcomeVersions.contentType,
      content: hackathonOutcomeVersions.content,
    })
    .from(hackathonOutcomeVersions)
    .where(
      and(
        eq(hackathonOutcomeVersions.id, versionId),
        eq(hackathonOutcomeVersions.challengeId, challenge.id),
        eq(hackathonOutcomeVersions.werkplaatsId, challenge.werkplaatsId),
      ),
    );
  if (!row?.content || !row.filename || !row.contentType) throw notFound();
  return { filename: row.filename, contentType: row.contentType, body: new Uint8Array(row.content) };
}

/** A version's file for staff, from the hackathon's page; any other hackathon's version is a 404. */
export async function staffOutcomeDownload(werkplaatsId: string, eventId: string, versionId: string) {
  if (!isUuid(versionId)) throw notFound();
  const [row] = await db
    .select({ challengeId: hackathonOutcomeVersions.challengeId })
    .from(hackathonOutcomeVersions)
    .innerJoin(hackathonChallenges, eq(hackathonChallenges.id, hackathonOutcomeVersions.challengeId))
    .where(
      and(
        eq(hackathonOutcomeVersions.id, versionId),
        eq(hackathonChallenges.eventId, eventId),
        eq(hackathonChallenges.werkplaatsId, werkplaatsId),
      ),
    );
  if (!row) throw notFound();
  return outcomeDownload({ id: row.challengeId, werkplaatsId }, versionId);
}
