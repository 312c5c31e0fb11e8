import { asc, eq } from "drizzle-orm";
import { werkplaatsen } from "#db/schema";
import { db } from "~/utils/db.server";
import type { WerkplaatsInfo } from "./werkplaats-info";

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

// Every request needs its werkplaats and it changes rarely: keep answers for a few seconds
// instead of asking the database each time. Changes in this process clear it at once.
const CACHE_MS = 10_000;
const cache = new Map<string, { at: number; value: WerkplaatsInfo | undefined }>();

export function forgetCachedWerkplaatsen() {
  cache.clear();
}

/**
 * The werkplaats a request is about: the one chosen by slug (cookie) if it exists,
 * otherwise the oldest one. Undefined only on an empty database.
 */
export async function resolveWerkplaats(slug: string | undefined): Promise<WerkplaatsInfo | undefined> {
  const key = slug ?? "";
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS && hit.value) return hit.value;
  const value = await lookUpWerkplaats(slug);
  cache.set(key, { at: Date.now(), value });
  return value;
}

async function lookUpWerkplaats(slug: string | undefined): Promise<WerkplaatsInfo | undefined> {
  if (slug) {
    const [chosen] = await db.select(infoColumns).from(werkplaatsen).where(eq(werkplaatsen.slug, slug)).limit(1);
    if (chosen) return chosen;
  }
  const [first] = await db.select(infoColumns).from(werkplaatsen).orderBy(asc(werkplaatsen.createdAt)).limit(1);
  return first;
}
