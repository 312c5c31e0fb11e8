import { and, asc, eq } from "drizzle-orm";
import { roleAssignments, users } from "#db/schema";
import { db } from "~/utils/db.server";

/** The students of the werkplaats: whom a teacher claims an assignment for, whom staff put in a hackathon team. */
export async function studentsOf(werkplaatsId: string) {
  return db
    .selectDistinct({ id: users.id, name: users.name })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(and(eq(roleAssignments.werkplaatsId, werkplaatsId), eq(roleAssignments.role, "student")))
    .orderBy(asc(users.name));
}
