import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { roleAssignments, users, werkplaatsen } from "./schema";
import type { Role } from "../app/modules/auth";
import { hashPassword } from "../app/modules/auth/index.server";
import { db, type Executor } from "../app/utils/db.server";

/**
 * Builders for realistic rows, shared by the demo seed and the tests.
 * Hashing is slow by design, so one hash per distinct password is reused.
 */
const hashes = new Map<string, Promise<string>>();
function cachedHash(password: string) {
  let h = hashes.get(password);
  if (!h) {
    h = hashPassword(password);
    hashes.set(password, h);
  }
  return h;
}

export const DEMO_PASSWORD = "welkom-bij-doc";

export async function makeWerkplaats(overrides: Partial<typeof werkplaatsen.$inferInsert> = {}, tx: Executor = db) {
  const slug = overrides.slug ?? `wp-${randomUUID().slice(0, 8)}`;
  const [row] = await tx
    .insert(werkplaatsen)
    .values({
      slug,
      name: "Werkplaats Test",
      street: "Noordendijk 250",
      postalCode: "3311 RR",
      city: "Dordrecht",
      kvkNumber: "12345678",
      btwId: "NL001234560B01",
      iban: "NL91ABNA0417164300",
      email: "info@werkplaats.test",
      ...overrides,
    })
    .returning();
  return row!;
}

export async function makeUser(overrides: Partial<typeof users.$inferInsert> & { password?: string } = {}, tx: Executor = db) {
  const { password = DEMO_PASSWORD, ...rest } = overrides;
  const [row] = await tx
    .insert(users)
    .values({
      name: "Test Gebruiker",
      email: `user-${randomUUID().slice(0, 8)}@example.nl`,
      passwordHash: await cachedHash(password),
      termsAcceptedAt: new Date(),
      // Verified unless a test says otherwise (emailVerifiedAt: null): most tests are not about sign-up.
      emailVerifiedAt: new Date(),
      ...rest,
      ...(rest.email ? { email: rest.email.toLowerCase() } : {}),
    })
    .returning();
  return row!;
}

/** The account with this address, made by makeUser when there is none: the demo seed runs again on a filled database. */
export async function userWithEmail(fields: Parameters<typeof makeUser>[0] & { email: string }, tx: Executor = db) {
  const [found] = await tx.select().from(users).where(eq(users.email, fields.email.toLowerCase()));
  return found ?? makeUser(fields, tx);
}

export async function giveRoles(werkplaatsId: string, userId: string, roles: Role[], tx: Executor = db) {
  if (roles.length === 0) return;
  await tx
    .insert(roleAssignments)
    .values(roles.map((role) => ({ werkplaatsId, userId, role })))
    .onConflictDoNothing();
}

/** A user holding the given roles in a werkplaats. */
export async function makePerson(werkplaatsId: string, roles: Role[], overrides: Parameters<typeof makeUser>[0] = {}) {
  const user = await makeUser(overrides);
  await giveRoles(werkplaatsId, user.id, roles);
  return user;
}
