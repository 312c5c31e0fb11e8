import { and, asc, desc, eq, sql } from "drizzle-orm";
import { trajectoryDeliverables, trajectoryDeliverableVersions, users } from "#db/schema";
import type { DeliverableKind } from "#db/schema/enums";
import { db, type Executor } from "~/utils/db.server";
import { conflict, invalid, notFound } from "~/utils/errors";
import { isUuid } from "~/utils/ids";
import { requireTeamAtWork } from "../trajectories/status";
import { cleanFileName, deliverableExtensions, judgeDeliverableFile, MAX_DELIVERABLE_BYTES } from "./deliverable-file";
import type { DeliverableContent, NewDeliverableInput, ReviewInput } from "./deliverables.schema";

type Trajectory = { id: string; werkplaatsId: string; status: string };

/**
 * The version's columns for a file (judged by its bytes) or a link. A refused file is a 400 beside
 * the file field. Every versioned piece of work (a deliverable, a hackathon challenge's outcome) stores these.
 */
export async function versionContent(input: DeliverableContent) {
  if (input.url) return { url: input.url };
  const file = input.file!;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const judged = judgeDeliverableFile(file.name, bytes);
  if ("problem" in judged) {
    throw invalid(
      `workshop.deliverables.errors.${judged.problem}`,
      { mb: MAX_DELIVERABLE_BYTES / 1024 / 1024, types: deliverableExtensions.join(", ") },
      "file",
    );
  }
  return { fileName: cleanFileName(file.name), contentType: judged.contentType, sizeBytes: bytes.length, content: Buffer.from(bytes) };
}

/**
 * The next version number, taken under a lock on the deliverable: two uploads at the same moment
 * become versions n and n+1, and the unique key would refuse a duplicate if the lock were missed.
 */
async function addVersion(tx: Executor, deliverableId: string, userId: string, content: Awaited<ReturnType<typeof versionContent>>) {
  await tx
    .select({ id: trajectoryDeliverables.id })
    .from(trajectoryDeliverables)
    .where(eq(trajectoryDeliverables.id, deliverableId))
    .for("update");
  const [last] = await tx
    .select({ version: sql<number>`coalesce(max(${trajectoryDeliverableVersions.version}), 0)`.mapWith(Number) })
    .from(trajectoryDeliverableVersions)
    .where(eq(trajectoryDeliverableVersions.deliverableId, deliverableId));
  const version = (last?.version ?? 0) + 1;
  await tx.insert(trajectoryDeliverableVersions).values({ deliverableId, version, uploadedBy: userId, ...content });
  return version;
}

/** The team records a deliverable (an advice report, a prototype) with its first version. */
export async function addDeliverable(trajectory: Trajectory, userId: string, input: NewDeliverableInput) {
  requireTeamAtWork(trajectory);
  const content = await versionContent(input);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(trajectoryDeliverables)
      .values({
        werkplaatsId: trajectory.werkplaatsId,
        trajectoryId: trajectory.id,
        title: input.title,
        kind: input.kind,
        createdBy: userId,
      })
      .returning({ id: trajectoryDeliverables.id });
    await addVersion(tx, row!.id, userId, content);
  });
}

/** A next version of one of this trajectory's deliverables; another trajectory's deliverable is a 404. */
export async function addDeliverableVersion(trajectory: Trajectory, userId: string, deliverableId: string, input: DeliverableContent) {
  requireTeamAtWork(trajectory);
  const content = await versionContent(input);
  return db.transaction(async (tx) => {
    const [mine] = await tx
      .select({ id: trajectoryDeliverables.id })
      .from(trajectoryDeliverables)
      .where(and(eq(trajectoryDeliverables.id, deliverableId), eq(trajectoryDeliverables.trajectoryId, trajectory.id)));
    if (!mine) throw notFound();
    return addVersion(tx, mine.id, userId, content);
  });
}

/**
 * Staff accept a submitted version or return it with a note. Only a version still waiting can be
 * judged, so two staff at once make one verdict and one 409.
 */
export async function reviewVersion(werkplaatsId: string, reviewerId: string, trajectoryId: string, input: ReviewInput, now = new Date()) {
  const [row] = await db
    .update(trajectoryDeliverableVersions)
    .set({ review: input.verdict, reviewNote: input.note ?? "", reviewedBy: reviewerId, reviewedAt: now })
    .where(
      and(
        eq(trajectoryDeliverableVersions.id, input.versionId),
        eq(trajectoryDeliverableVersions.review, "submitted"),
        sql`${trajectoryDeliverableVersions.deliverableId} in (select d.id from trajectory_deliverables d
          where d.trajectory_id = ${trajectoryId} and d.werkplaats_id = ${werkplaatsId})`,
      ),
    )
    .returning({ id: trajectoryDeliverableVersions.id });
  if (row) return;
  await versionOf(werkplaatsId, trajectoryId, input.versionId);
  throw conflict("workshop.deliverables.errors.reviewed");
}

/** A version of this trajectory's deliverables, without its bytes; anything else is a 404. */
async function versionOf(werkplaatsId: string, trajectoryId: string, versionId: string) {
  if (!isUuid(versionId)) throw notFound();
  const [row] = await db
    .select({ id: trajectoryDeliverableVersions.id, review: trajectoryDeliverableVersions.review })
    .from(trajectoryDeliverableVersions)
    .innerJoin(trajectoryDeliverables, eq(trajectoryDeliverables.id, trajectoryDeliverableVersions.deliverableId))
    .where(
      and(
        eq(trajectoryDeliverableVersions.id, versionId),
        eq(trajectoryDeliverables.trajectoryId, trajectoryId),
        eq(trajectoryDeliverables.werkplaatsId, werkplaatsId),
      ),
    );
  if (!row) throw notFound();
  return row;
}

/** Every deliverable of a trajectory with all its versions (newest first), without the bytes. */
export async function deliverablesOf(trajectoryId: string) {
  const rows = await db
    .select({
      deliverableId: trajectoryDeliverables.id,
      title: trajectoryDeliverables.title,
      kind: trajectoryDeliverables.kind,
      versionId: trajectoryDeliverableVersions.id,
      version: trajectoryDeliverableVersions.version,
      fileName: trajectoryDeliverableVersions.fileName,
      sizeBytes: trajectoryDeliverableVersions.sizeBytes,
      url: trajectoryDeliverableVersions.url,
      review: trajectoryDeliverableVersions.review,
      reviewNote: trajectoryDeliverableVersions.reviewNote,
      uploadedBy: users.name,
      createdAt: trajectoryDeliverableVersions.createdAt,
    })
    .from(trajectoryDeliverables)
    .innerJoin(trajectoryDeliverableVersions, eq(trajectoryDeliverableVersions.deliverableId, trajectoryDeliverables.id))
    .leftJoin(users, eq(users.id, trajectoryDeliverableVersions.uploadedBy))
    .where(eq(trajectoryDeliverables.trajectoryId, trajectoryId))
    .orderBy(asc(trajectoryDeliverables.createdAt), desc(trajectoryDeliverableVersions.version));
  const byId = new Map<
    string,
    { id: string; title: string; kind: DeliverableKind; versions: Omit<(typeof rows)[number], "deliverableId" | "title" | "kind">[] }
  >();
  for (const { deliverableId, title, kind, ...version } of rows) {
    const entry = byId.get(deliverableId) ?? { id: deliverableId, title, kind, versions: [] };
    entry.versions.push(version);
    byId.set(deliverableId, entry);
  }
  return [...byId.values()];
}

/** What the SME sees: per deliverable only its latest accepted version. */
export async function acceptedDeliverables(trajectoryId: string) {
  const all = await deliverablesOf(trajectoryId);
  return all.flatMap((d) => {
    const accepted = d.versions.find((v) => v.review === "accepted");
    return accepted ? [{ id: d.id, title: d.title, kind: d.kind, version: accepted }] : [];
  });
}

/**
 * The bytes of an uploaded version, for the team and staff (any version) or the SME (accepted
 * only). The caller has checked who may see the trajectory; a link version has no file (404).
 */
export async function deliverableDownload(trajectory: { id: string; werkplaatsId: string }, versionId: string, acceptedOnly: boolean) {
  const { review } = await versionOf(trajectory.werkplaatsId, trajectory.id, versionId);
  if (acceptedOnly && review !== "accepted") throw notFound();
  const [row] = await db
    .select({
      fileName: trajectoryDeliverableVersions.fileName,
      contentType: trajectoryDeliverableVersions.contentType,
      content: trajectoryDeliverableVersions.content,
    })
    .from(trajectoryDeliverableVersions)
    .where(eq(trajectoryDeliverableVersions.id, versionId));
  if (!row?.content || !row.fileName || !row.contentType) throw notFound();
  return { filename: row.fileName, contentType: row.contentType, body: new Uint8Array(row.content) };
}
