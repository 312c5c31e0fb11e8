import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { hackathonChallenges, hackathonOutcomeVersions, hackathonTeamMembers, hackathonTeams, users } from "#db/schema";
import type { Role } from "~/modules/auth";
import { db, type Executor } from "~/utils/db.server";
import { forbidden, notFound } from "~/utils/errors";
import { isUuid } from "~/utils/ids";
import type { DeliverableContent } from "../deliverables/deliverables.schema";
import { versionContent } from "../deliverables/deliverables.server";
import { challengeOf } from "./challenges.server";
import type { OutcomeInput } from "./hackathon.schema";

type Viewer = { id: string; roles: readonly Role[] };
type Content = Awaited<ReturnType<typeof versionContent>>;

/**
 * The next version of a challenge's outcome, numbered under a lock on the challenge's row: two
 * uploads at once become versions n and n+1 (the unique key backs it up).
 */
async function addOutcomeVersion(tx: Executor, werkplaatsId: string, challengeId: string, actorId: string, content: Content, now: Date) {
  await tx.select({ id: hackathonChallenges.id }).from(hackathonChallenges).where(eq(hackathonChallenges.id, challengeId)).for("update");
  const [last] = await tx
    .select({ version: sql<number>`coalesce(max(${hackathonOutcomeVersions.version}), 0)`.mapWith(Number) })
    .from(hackathonOutcomeVersions)
    .where(eq(hackathonOutcomeVersions.challengeId, challengeId));
  await tx.insert(hackathonOutcomeVersions).values({
    werkplaatsId,
    challengeId,
    version: (last?.version ?? 0) + 1,
    uploadedBy: actorId,
    createdAt: now,
    ...content,
  });
}

/**
 * The challenges of this hackathon whose outcome the viewer may add to: staff every one; a
 * teacher every one too, as the coach on the floor of a hackathon (its teams form at the event and
 * have no coach of their own); a student the challenge their own team works on. Nobody else any.
 */
export async function outcomeChallengesFor(viewer: Viewer, eventId: string): Promise<"all" | string[]> {
  if (viewer.roles.some((r) => r === "staff" || r === "manager" || r === "teacher")) return "all";
  if (!viewer.roles.includes("student")) return [];
  const rows = await db
    .select({ challengeId: hackathonTeams.challengeId })
    .from(hackathonTeamMembers)
    .innerJoin(hackathonTeams, eq(hackathonTeams.id, hackathonTeamMembers.teamId))
    .where(and(eq(hackathonTeamMembers.eventId, eventId), eq(hackathonTeamMembers.userId, viewer.id)));
  return rows.map((r) => r.challengeId);
}

const mayAddTo = (allowed: "all" | string[], challengeId: string) => allowed === "all" || allowed.includes(challengeId);

/** The challenge of this hackathon, when the viewer may add to its outcome: a 404 for another hackathon's, a 403 for another team's. */
async function challengeForTeamWork(werkplaatsId: string, viewer: Viewer, eventId: string, challengeId: string) {
  const challenge = await challengeOf(werkplaatsId, challengeId);
  if (challenge.eventId !== eventId) throw notFound();
  if (!mayAddTo(await outcomeChallengesFor(viewer, eventId), challenge.id)) throw forbidden();
  return challenge;
}

/**
 * The team hands in a next version of their challenge's outcome (a file or a link), with the limits,
 * file checks and numbering of a deliverable's version; the summary stays staff's to write.
 */
export async function addTeamOutcomeVersion(
  werkplaatsId: string,
  viewer: Viewer,
  eventId: string,
  input: DeliverableContent & { challengeId: string },
  now = new Date(),
) {
  const challenge = await challengeForTeamWork(werkplaatsId, viewer, eventId, input.challengeId);
  const content = await versionContent(input);
  await db.transaction((tx) => addOutcomeVersion(tx, werkplaatsId, challenge.id, viewer.id, content, now));
}

/** A version's file for whoever may add to that challenge's outcome (the team, teachers, staff); anyone else a 403. */
export async function teamOutcomeDownload(werkplaatsId: string, viewer: Viewer, eventId: string, versionId: string) {
  if (!isUuid(versionId)) throw notFound();
  const [row] = await db
    .select({ challengeId: hackathonOutcomeVersions.challengeId })
    .from(hackathonOutcomeVersions)
    .where(and(eq(hackathonOutcomeVersions.id, versionId), eq(hackathonOutcomeVersions.werkplaatsId, werkplaatsId)));
  if (!row) throw notFound();
  const challenge = await challengeForTeamWork(werkplaatsId, viewer, eventId, row.challengeId);
  return outcomeDownload(challenge, versionId);
}

/**
 * Records (or corrects) what came of a challenge: the summary, and with a file or a link a next
 * version of the teams' work, judged and stored as a deliverable's version is.
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
    if (content) await addOutcomeVersion(tx, werkplaatsId, challenge.id, actorId, content, now);
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
