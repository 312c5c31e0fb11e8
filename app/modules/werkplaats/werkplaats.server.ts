import { asc } from "drizzle-orm";
import { werkplaatsen } from "#db/schema";
import { connectedDatabase, db, listenOnDatabase } from "~/utils/db.server";
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

// Every request needs its werkplaats and they change rarely: all of them (a network has a
// handful) are kept in memory, read in one query. A trigger on werkplaatsen NOTIFYs
// `werkplaats_changed` on every change, from any instance or by hand in SQL, and every
// instance listening forgets the list at once (decision 056). The minute's age limit only
// covers a notification lost while the listening connection was down.
const WERKPLAATS_CHANNEL = "werkplaats_changed";
const CACHE_MS = 60_000;
let cached: { at: number; database: object | undefined; list: Promise<WerkplaatsInfo[]> } | undefined;

export function forgetCachedWerkplaatsen() {
  cached = undefined;
}

/** Keeps this process's list in step with the database's; resolves to a stop function. */
export function listenForWerkplaatsChanges() {
  return listenOnDatabase(WERKPLAATS_CHANNEL, forgetCachedWerkplaatsen, forgetCachedWerkplaatsen);
}

/**
 * The werkplaats a request is about: the one chosen by slug (cookie) if it exists,
 * otherwise the oldest one. Undefined only on an empty database.
 */
export async function resolveWerkplaats(slug: string | undefined): Promise<WerkplaatsInfo | undefined> {
  const list = await allWerkplaatsen();
  return (slug ? list.find((w) => w.slug === slug) : undefined) ?? list[0];
}

function allWerkplaatsen(): Promise<WerkplaatsInfo[]> {
  const database = connectedDatabase();
  if (cached && cached.database === database && Date.now() - cached.at < CACHE_MS) return cached.list;
  const entry = { at: Date.now(), database, list: readWerkplaatsen() };
  cached = entry;
  // A failed read is not kept: the next request asks again. An empty list (before set-up) is
  // not kept either, so the first werkplaats shows up without waiting for a notification.
  entry.list.then(
    (list) => {
      if (list.length === 0 && cached === entry) cached = undefined;
    },
    () => {
      if (cached === entry) cached = undefined;
    },
  );
  return entry.list;
}

async function readWerkplaatsen(): Promise<WerkplaatsInfo[]> {
  return db.select(infoColumns).from(werkplaatsen).orderBy(asc(werkplaatsen.createdAt));
}
