import { and, asc, eq, ilike, or, sql } from "drizzle-orm";
import { roleAssignments, users } from "#db/schema";
import { db, pgErrorOf, PG, type Executor } from "~/utils/db.server";
import { conflict, notFound } from "~/utils/errors";
import type { Role } from "./roles";

export async function rolesOf(userId: string, werkplaatsId: string): Promise<Role[]> {
  const rows = await db
    .select({ role: roleAssignments.role })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.userId, userId), eq(roleAssignments.werkplaatsId, werkplaatsId)));
  return rows.map((r) => r.role);
}

/**
 * Adds a role; holding it already is fine (idempotent). An account whose address nobody proved
 * gains no role (a trigger in the database refuses it): that is a 409 with a clear message.
 */
export async function grantRole(tx: Executor, grant: { werkplaatsId: string; userId: string; role: Role; grantedBy: string | null }) {
  try {
    const inserted = await tx.insert(roleAssignments).values(grant).onConflictDoNothing().returning({ role: roleAssignments.role });
    return inserted.length > 0;
  } catch (error) {
    if (pgErrorOf(error)?.constraint === "role_assignments_verified_user") throw conflict("people.unverified");
    throw error;
  }
}

/** People with a role in the werkplaats, with all their roles, optionally filtered by name/email. */
export async function listPeople(werkplaatsId: string, query?: string) {
  const pattern = query ? `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, role: roleAssignments.role })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(
      and(
        eq(roleAssignments.werkplaatsId, werkplaatsId),
        pattern ? or(ilike(users.name, pattern), ilike(users.email, pattern)) : undefined,
      ),
    )
    .orderBy(asc(users.name), asc(roleAssignments.role));
  const people = new Map<string, { id: string; name: string; email: string; roles: Role[] }>();
  for (const row of rows) {
    const person = people.get(row.id) ?? { id: row.id, name: row.name, email: row.email, roles: [] };
    person.roles.push(row.role);
    people.set(row.id, person);
  }
  return [...people.values()];
}

export async function countPeople(werkplaatsId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${roleAssignments.userId})::int` })
    .from(roleAssignments)
    .where(eq(roleAssignments.werkplaatsId, werkplaatsId));
  return row?.n ?? 0;
}

export async function addRole(werkplaatsId: string, actorId: string, userId: string, role: Role) {
  const [user] = await db.select({ name: users.name, emailVerifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, userId));
  if (!user) throw notFound("people.userNotFound");
  if (!user.emailVerifiedAt) throw conflict("people.unverified");
  try {
    const added = await grantRole(db, { werkplaatsId, userId, role, grantedBy: actorId });
    if (!added) throw conflict("people.alreadyHasRole", { name: user.name });
  } catch (error) {
    if (pgErrorOf(error)?.code === PG.foreignKeyViolation) throw notFound("people.userNotFound");
    throw error;
  }
  return user.name;
}

/**
 * Takes a role away. The werkplaats always keeps one manager: the check and the delete run
 * under a lock on the werkplaats' manager rows, so two managers cannot remove each other at once.
 */
export async function removeRole(werkplaatsId: string, userId: string, role: Role) {
  return db.transaction(async (tx) => {
    if (role === "manager") {
      const managers = await tx
        .select({ userId: roleAssignments.userId })
        .from(roleAssignments)
        .where(and(eq(roleAssignments.werkplaatsId, werkplaatsId), eq(roleAssignments.role, "manager")))
        .for("update");
      if (managers.length <= 1 && managers.some((m) => m.userId === userId)) throw conflict("people.lastManager");
    }
    const removed = await tx
      .delete(roleAssignments)
      .where(and(eq(roleAssignments.werkplaatsId, werkplaatsId), eq(roleAssignments.userId, userId), eq(roleAssignments.role, role)))
      .returning({ userId: roleAssignments.userId });
    if (removed.length === 0) throw notFound("people.userNotFound");
    const [user] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
    return user?.name ?? "";
  });
}
