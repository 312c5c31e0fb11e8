import { and, arrayContains, asc, eq, ilike, or, sql } from "drizzle-orm";
import { companies, companyMembers, memberProfiles, profilePhotos, roleAssignments, users } from "#db/schema";
import { todayIn } from "~/utils/zoned-time";
import { db } from "~/utils/db.server";
import { invalid, notFound } from "~/utils/errors";
import { MAX_PHOTO_BYTES, sniffImageType } from "./directory";
import type { ProfileInput } from "./directory.schema";

/** A membership in force today: the member role outlives an ended membership, the directory does not. */
function inForce(werkplaatsId: string, today: string) {
  return sql`exists (select 1 from memberships m where m.user_id = ${memberProfiles.userId} and m.werkplaats_id = ${werkplaatsId}
    and m.status = 'active' and m.start_date <= ${today} and (m.end_date is null or m.end_date >= ${today}))`;
}

export async function myProfile(werkplaatsId: string, userId: string) {
  const [row] = await db
    .select()
    .from(memberProfiles)
    .where(and(eq(memberProfiles.werkplaatsId, werkplaatsId), eq(memberProfiles.userId, userId)));
  const [photo] = await db
    .select({ updatedAt: profilePhotos.updatedAt })
    .from(profilePhotos)
    .where(and(eq(profilePhotos.werkplaatsId, werkplaatsId), eq(profilePhotos.userId, userId)));
  return { profile: row ?? null, photoUpdatedAt: photo?.updatedAt ?? null };
}

export async function saveProfile(werkplaatsId: string, userId: string, input: ProfileInput) {
  await db
    .insert(memberProfiles)
    .values({ werkplaatsId, userId, ...input })
    .onConflictDoUpdate({ target: [memberProfiles.werkplaatsId, memberProfiles.userId], set: { ...input, updatedAt: sql`now()` } });
}

export type DirectoryFilter = { q?: string; tag?: string; helps?: boolean };

/**
 * The member directory: members (with a membership in force today) who made their profile visible,
 * with company and tags. Members,
 * staff and managers read it; matching experts to student teams reads the same table (see listExperts).
 */
export async function listDirectory(werkplaatsId: string, f: DirectoryFilter = {}, today = todayIn()) {
  const pattern = f.q ? `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      company: companies.name,
      headline: memberProfiles.headline,
      bio: memberProfiles.bio,
      website: memberProfiles.website,
      expertise: memberProfiles.expertise,
      helpsStudents: memberProfiles.helpsStudents,
      helpHoursPerMonth: memberProfiles.helpHoursPerMonth,
      photoAt: profilePhotos.updatedAt,
    })
    .from(memberProfiles)
    .innerJoin(users, eq(users.id, memberProfiles.userId))
    .innerJoin(
      roleAssignments,
      and(eq(roleAssignments.userId, users.id), eq(roleAssignments.werkplaatsId, werkplaatsId), eq(roleAssignments.role, "member")),
    )
    .leftJoin(companyMembers, and(eq(companyMembers.userId, users.id), eq(companyMembers.werkplaatsId, werkplaatsId)))
    .leftJoin(companies, eq(companies.id, companyMembers.companyId))
    .leftJoin(profilePhotos, and(eq(profilePhotos.userId, users.id), eq(profilePhotos.werkplaatsId, werkplaatsId)))
    .where(
      and(
        eq(memberProfiles.werkplaatsId, werkplaatsId),
        eq(memberProfiles.visible, true),
        inForce(werkplaatsId, today),
        pattern
          ? or(
              ilike(users.name, pattern),
              ilike(companies.name, pattern),
              ilike(memberProfiles.headline, pattern),
              sql`array_to_string(${memberProfiles.expertise}, ' ') ilike ${pattern}`,
            )
          : undefined,
        f.tag ? arrayContains(memberProfiles.expertise, [f.tag.toLowerCase()]) : undefined,
        f.helps ? eq(memberProfiles.helpsStudents, true) : undefined,
      ),
    )
    .orderBy(asc(users.name));
}

/** Tags in use with how many visible members carry each, most used first. */
export async function tagCloud(werkplaatsId: string, today = todayIn()) {
  const rows = await db
    .select({ tag: sql<string>`unnest(${memberProfiles.expertise})`, visible: memberProfiles.visible })
    .from(memberProfiles)
    .where(and(eq(memberProfiles.werkplaatsId, werkplaatsId), eq(memberProfiles.visible, true), inForce(werkplaatsId, today)));
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.tag, (counts.get(r.tag) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([tag, n]) => ({ tag, n }));
}

/**
 * Resident experts who volunteer for student teams, with their tags and hours per month; for
 * matching them to trajectories. Optionally only those carrying at least one of `tags`.
 */
export async function listExperts(werkplaatsId: string, tags: string[] = []) {
  const experts = await listDirectory(werkplaatsId, { helps: true });
  if (tags.length === 0) return experts;
  const wanted = new Set(tags.map((t) => t.toLowerCase()));
  return experts.filter((e) => e.expertise.some((t) => wanted.has(t)));
}

/** Saves a profile photo after checking its real type and size. */
export async function savePhoto(werkplaatsId: string, userId: string, bytes: Uint8Array) {
  if (bytes.length === 0) throw invalid("directory.errors.photoMissing", undefined, "photo");
  if (bytes.length > MAX_PHOTO_BYTES) throw invalid("directory.errors.photoTooLarge", { kb: Math.round(MAX_PHOTO_BYTES / 1024) }, "photo");
  const contentType = sniffImageType(bytes);
  if (!contentType) throw invalid("directory.errors.photoType", undefined, "photo");
  const data = Buffer.from(bytes);
  await db
    .insert(profilePhotos)
    .values({ werkplaatsId, userId, contentType, data })
    .onConflictDoUpdate({ target: [profilePhotos.werkplaatsId, profilePhotos.userId], set: { contentType, data, updatedAt: sql`now()` } });
}

export async function removePhoto(werkplaatsId: string, userId: string) {
  await db.delete(profilePhotos).where(and(eq(profilePhotos.werkplaatsId, werkplaatsId), eq(profilePhotos.userId, userId)));
}

/** A photo for the directory: only of a visible profile, or your own. */
export async function photoFor(werkplaatsId: string, userId: string, viewerId: string) {
  const [row] = await db
    .select({ contentType: profilePhotos.contentType, data: profilePhotos.data, visible: memberProfiles.visible })
    .from(profilePhotos)
    .leftJoin(
      memberProfiles,
      and(eq(memberProfiles.userId, profilePhotos.userId), eq(memberProfiles.werkplaatsId, profilePhotos.werkplaatsId)),
    )
    .where(and(eq(profilePhotos.werkplaatsId, werkplaatsId), eq(profilePhotos.userId, userId)));
  if (!row || (!row.visible && userId !== viewerId)) throw notFound();
  return { contentType: row.contentType, data: row.data };
}
