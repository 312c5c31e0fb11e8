import { and, asc, count, eq, ilike, or, sql } from "drizzle-orm";
import { companies, companyMembers, users } from "#db/schema";
import { db, pgErrorOf, PG, type Executor } from "~/utils/db.server";
import { conflict, forbidden, notFound } from "~/utils/errors";
import type { CompanyInput } from "./companies.schema";

type CompanyRole = "owner" | "member";

/** The company a person belongs to in a werkplaats, with their role in it. */
export async function companyOf(werkplaatsId: string, userId: string, tx: Executor = db) {
  const [row] = await tx
    .select({ company: companies, role: companyMembers.role })
    .from(companyMembers)
    .innerJoin(companies, eq(companies.id, companyMembers.companyId))
    .where(and(eq(companyMembers.werkplaatsId, werkplaatsId), eq(companyMembers.userId, userId)))
    .limit(1);
  return row ? { ...row.company, myRole: row.role as CompanyRole } : undefined;
}

export async function teamOf(companyId: string) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, role: companyMembers.role, since: companyMembers.createdAt })
    .from(companyMembers)
    .innerJoin(users, eq(users.id, companyMembers.userId))
    .where(eq(companyMembers.companyId, companyId))
    .orderBy(sql`${companyMembers.role} = 'owner' desc`, asc(users.name));
}

/**
 * Checks that the actor is in the company (and its owner, when `owner` is asked) and returns it;
 * anyone else gets 403, so a member can never read or change another company's data.
 */
export async function requireCompanyRole(
  werkplaatsId: string,
  actorId: string,
  companyId: string,
  need: "owner" | "member",
  tx: Executor = db,
) {
  const mine = await companyOf(werkplaatsId, actorId, tx);
  if (!mine || mine.id !== companyId) throw forbidden("company.errors.notYours");
  if (need === "owner" && mine.myRole !== "owner") throw forbidden("company.errors.ownerOnly");
  return mine;
}

function kvkTaken(error: unknown) {
  const pg = pgErrorOf(error);
  return pg?.code === PG.uniqueViolation && pg.constraint === "companies_kvk_key";
}

/** A member registers their company and becomes its owner. */
export async function createCompany(werkplaatsId: string, ownerId: string, input: CompanyInput) {
  return db.transaction(async (tx) => {
    if (await companyOf(werkplaatsId, ownerId, tx)) throw conflict("company.errors.alreadyInCompany");
    try {
      const [company] = await tx
        .insert(companies)
        .values({ werkplaatsId, ...input, btwId: input.btwId ?? null, iban: input.iban ?? null })
        .returning();
      await tx.insert(companyMembers).values({ companyId: company!.id, userId: ownerId, werkplaatsId, role: "owner" });
      return company!;
    } catch (error) {
      if (kvkTaken(error)) throw conflict("company.errors.kvkTaken", { kvk: input.kvkNumber }, "kvkNumber");
      if (pgErrorOf(error)?.code === PG.uniqueViolation) throw conflict("company.errors.alreadyInCompany");
      throw error;
    }
  });
}

/** The owner changes the company's details. */
export async function updateCompany(werkplaatsId: string, actorId: string, companyId: string, input: CompanyInput) {
  await requireCompanyRole(werkplaatsId, actorId, companyId, "owner");
  try {
    const [row] = await db
      .update(companies)
      .set({ ...input, btwId: input.btwId ?? null, iban: input.iban ?? null, updatedAt: sql`now()` })
      .where(and(eq(companies.id, companyId), eq(companies.werkplaatsId, werkplaatsId)))
      .returning();
    if (!row) throw notFound();
    return row;
  } catch (error) {
    if (kvkTaken(error)) throw conflict("company.errors.kvkTaken", { kvk: input.kvkNumber }, "kvkNumber");
    throw error;
  }
}

/** The owner takes a colleague off the team (not themselves). */
export async function removeTeamMember(werkplaatsId: string, actorId: string, companyId: string, userId: string) {
  await requireCompanyRole(werkplaatsId, actorId, companyId, "owner");
  if (userId === actorId) throw conflict("company.errors.ownerCannotLeave");
  const removed = await db
    .delete(companyMembers)
    .where(and(eq(companyMembers.companyId, companyId), eq(companyMembers.userId, userId)))
    .returning({ userId: companyMembers.userId });
  if (removed.length === 0) throw notFound("company.errors.notOnTeam");
}

/** A team member leaves; the owner cannot (they would leave the company without an owner). */
export async function leaveCompany(werkplaatsId: string, userId: string, companyId: string) {
  const mine = await requireCompanyRole(werkplaatsId, userId, companyId, "member");
  if (mine.myRole === "owner") throw conflict("company.errors.ownerCannotLeave");
  await db.delete(companyMembers).where(and(eq(companyMembers.companyId, companyId), eq(companyMembers.userId, userId)));
}

/** Companies for the manager: with their team size, searchable by name, KvK or BTW-id. */
export async function listCompanies(werkplaatsId: string, q?: string) {
  const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  return db
    .select({
      id: companies.id,
      name: companies.name,
      kvkNumber: companies.kvkNumber,
      btwId: companies.btwId,
      city: companies.city,
      billingEmail: companies.billingEmail,
      people: count(companyMembers.userId),
    })
    .from(companies)
    .leftJoin(companyMembers, eq(companyMembers.companyId, companies.id))
    .where(
      and(
        eq(companies.werkplaatsId, werkplaatsId),
        pattern ? or(ilike(companies.name, pattern), ilike(companies.kvkNumber, pattern), ilike(companies.btwId, pattern)) : undefined,
      ),
    )
    .groupBy(companies.id)
    .orderBy(asc(companies.name));
}

export async function companyOptions(werkplaatsId: string) {
  return db
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(eq(companies.werkplaatsId, werkplaatsId))
    .orderBy(asc(companies.name));
}
