import { asc, eq } from "drizzle-orm";
import { werkplaatsen } from "#db/schema";
import { db } from "~/utils/db.server";

export type Werkplaats = typeof werkplaatsen.$inferSelect;

/** What every page needs to know about the werkplaats it is showing. */
export type WerkplaatsInfo = Pick<
  Werkplaats,
  "id" | "slug" | "name" | "street" | "postalCode" | "city" | "kvkNumber" | "btwId" | "email" | "timezone" | "defaultLocale" | "accentColor"
>;

const infoColumns = {
  id: werkplaatsen.id,
  slug: werkplaatsen.slug,
  name: werkplaatsen.name,
  street: werkplaatsen.street,
  postalCode: werkplaatsen.postalCode,
  city: werkplaatsen.city,
  kvkNumber: werkplaatsen.kvkNumber,
  btwId: werkplaatsen.btwId,
  email: werkplaatsen.email,
  timezone: werkplaatsen.timezone,
  defaultLocale: werkplaatsen.defaultLocale,
  accentColor: werkplaatsen.accentColor,
};

/**
 * The werkplaats a request is about: the one chosen by slug (cookie) if it exists,
 * otherwise the oldest one. Undefined only on an empty database.
 */
export async function resolveWerkplaats(slug: string | undefined): Promise<WerkplaatsInfo | undefined> {
  if (slug) {
    const [chosen] = await db.select(infoColumns).from(werkplaatsen).where(eq(werkplaatsen.slug, slug)).limit(1);
    if (chosen) return chosen;
  }
  const [first] = await db.select(infoColumns).from(werkplaatsen).orderBy(asc(werkplaatsen.createdAt)).limit(1);
  return first;
}

export type NewWerkplaats = typeof werkplaatsen.$inferInsert;

export async function createWerkplaats(values: NewWerkplaats) {
  const [row] = await db.insert(werkplaatsen).values(values).returning();
  return row!;
}
