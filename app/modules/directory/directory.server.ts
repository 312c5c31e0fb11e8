import { and, arrayContains, asc, eq, ilike, or, sql } from "drizzle-orm";
import { companies, companyMembers, expertProfiles, memberProfiles, profilePhotos, roleAssignments, users } from "#db/schema";
import { todayIn } from "~/utils/zoned-time";
import { db, PG, pgErrorOf } from "~/utils/db.server";
import { conflict, invalid, notFound } from "~/utils/errors";
import { MAX_PHOTO_BYTES, sniffImageType } from "./directory";
import type { ProfileInput } from "./directory.schema";

/** A membership in force today: the member role outlives an ended membership, the directory does not. */
function inForce(werkplaatsId: string, today: string) {
  return sql`exists (select 1 from memberships m where m.user_id = ${memberProfiles.userId} and m.werkplaats_id = ${werkplaatsId}
    and m.status = 'active' and m.start_date <= ${today} and (m.end_date is null or m.end_date >= ${today}))`;
}

export async function myProfile(werkplaatsId: string, userId: string) {
  const [row] = await db
    .select({ profile: memberProfiles, expert: expertProfiles })
    .from(memberProfiles)
    .leftJoin(
      expertProfiles,
      and(eq(expertProfiles.werkplaatsId, memberProfiles.werkplaatsId), eq(expertProfiles.userId, memberProfiles.userId)),
    )
    .where(and(eq(memberProfiles.werkplaatsId, werkplaatsId), eq(memberProfiles.userId, userId)));
  const [photo] = await db
    .select({ updatedAt: profilePhotos.updatedAt })
    .from(profilePhotos)
    .where(and(eq(profilePhotos.werkplaatsId, werkplaatsId), eq(profilePhotos.userId, userId)));
  const profile = row
    ? {
        ...row.profile,
        helpsStudents: row.expert !== null,
        helpHoursPerMonth: row.expert?.hoursPerMonth ?? 0,
        languages: row.expert?.languages ?? ["nl"],
      }
    : null;
  return { profile, photoUpdatedAt: photo?.updatedAt ?? null };
}

/**
 * Saves the directory profile and, with it, the expert profile (opting in, the hours, the
 * languages). Lowering the hours below what trajectories already count on, or stopping while on
 * one, is refused by the database (it holds the lock that invitations take too).
 */
export async function saveProfile(werkplaatsId: string, userId: string, input: ProfileInput) {
  const { helpsStudents, helpHoursPerMonth, languages, ...profile } = input;
  try {
    await db.transaction(async (tx) => {
      await tx
        .insert(memberProfiles)
        .values({ werkplaatsId, userId, ...profile })
        .onConflictDoUpdate({ target: [memberProfiles.werkplaatsId, memberProfiles.userId], set: { ...profile, updatedAt: sql`now()` } });
      if (!helpsStudents) {
        await tx.delete(expertProfiles).where(and(eq(expertProfiles.werkplaatsId, werkplaatsId), eq(expertProfiles.userId, userId)));
        return;
      }
      const expert = { hoursPerMonth: helpHoursPerMonth, languages };
      await tx
        .insert(expertProfiles)
        .values({ werkplaatsId, userId, ...expert })
        .onConflictDoUpdate({ target: [expertProfiles.werkplaatsId, expertProfiles.userId], set: { ...expert, updatedAt: sql`now()` } });
    });
  } catch (error) {
    const pg = pgErrorOf(error);
    if (pg?.code === PG.foreignKeyViolation || (pg?.code === PG.checkViolation && pg.constraint === "expert_hours_booked")) {
      throw conflict("directory.errors.hoursBooked", { booked: await bookedExpertHours(werkplaatsId, userId) }, "helpHoursPerMonth");
    }
    throw error;
  }
}

/** The most hours a month this expert is committed to in any month from now on (a database function the invitation check uses too). */
async function bookedExpertHours(werkplaatsId: string, userId: string) {
  const [row] = await db
    .select({ booked: sql<number>`expert_booked_hours(${expertProfiles.werkplaatsId}, ${expertProfiles.userId})`.mapWith(Number) })
    .from(expertProfiles)
    .where(and(eq(expertProfiles.werkplaatsId, werkplaatsId), eq(expertProfiles.userId, userId)));
  return row?.booked ?? 0;
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
      helpsStudents: sql<boolean>`${expertProfiles.userId} is not null`,
      helpHoursPerMonth: sql<number>`coalesce(${expertProfiles.hoursPerMonth}, 0)`.mapWith(Number),
      languages: expertProfiles.languages,
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
    .leftJoin(expertProfiles, and(eq(expertProfiles.userId, users.id), eq(expertProfiles.werkplaatsId, werkplaatsId)))
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
        f.helps ? sql`${expertProfiles.userId} is not null` : undefined,
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
