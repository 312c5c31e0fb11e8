import { AsyncLocalStorage } from "node:async_hooks";
import path from "node:path";
import fs from "node:fs";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import * as schema from "#db/schema";
import { env } from "./env.server";
import { lockFolder } from "./folder-lock.server";

/**
 * The one database handle. Both drivers expose the same drizzle query builder;
 * PGlite's handle is typed as the postgres.js one because every query we write runs on both
 * (see docs/decisions/002-one-database-module.md).
 */
export type Database = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Either the database or an open transaction: module functions that write take this. */
export type Executor = Database | Tx;

export type DatabaseHandle = {
  db: Database;
  kind: "pglite" | "postgres";
  /** The connection string, for postgres handles. */
  url?: string;
  close: () => Promise<void>;
  /**
   * Calls `onNotify` on every NOTIFY on `channel`, from this or any other instance on the same
   * database, and `onListen` each time listening (re)starts: notifications sent while a
   * connection was down are lost, so a cache clears itself then too. Resolves to a stop function.
   */
  listen: (channel: string, onNotify: () => void, onListen?: () => void) => Promise<() => Promise<void>>;
};

// Resolved from the working directory: after bundling, import.meta.url points into build/.
export const migrationsFolder = () => path.resolve(process.cwd(), "db/migrations");

let current: DatabaseHandle | undefined;

/**
 * How PGlite starts. Its PostgreSQL clears all of `shared_buffers` on every open, in the one
 * thread that also loads the app: at the default 128 MB that was 1.5–3 s of each start of the
 * server and of every test file's database. PGlite reads its files through the operating
 * system's cache (or from memory), so a small buffer pool costs a read call, not a disk seek.
 */
export const pgliteStartParams = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"];

/**
 * Opens PGlite, in memory or on a folder. A folder is locked to this process first (see
 * folder-lock.server.ts): the server, db:seed and db:migrate all come through here.
 * `initDbStartParams` and `startParams` are for the test template only (a smaller data folder).
 */
export async function openPglite(
  options: { dataDir?: string; loadDataDir?: Blob } & Pick<PGliteOptions, "initDbStartParams" | "startParams"> = {},
) {
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
  const release = options.dataDir ? lockFolder(options.dataDir) : () => {};
  let client: PGlite;
  try {
    client = await PGlite.create({
      dataDir: options.dataDir,
      loadDataDir: options.loadDataDir,
      initDbStartParams: options.initDbStartParams,
      startParams: options.startParams ?? pgliteStartParams,
      extensions: { btree_gist },
    });
  } catch (error) {
    release();
    throw error;
  }
  const db = drizzlePglite({ client: takingTurns(client), schema, casing: "snake_case" }) as unknown as Database;
  const close = async () => {
    try {
      await client.close();
    } finally {
      release();
    }
  };
  const listen = async (channel: string, onNotify: () => void, onListen?: () => void) => {
    const stop = await client.listen(channel, onNotify);
    onListen?.();
    return stop;
  };
  return { client, handle: { db, kind: "pglite", close, listen } satisfies DatabaseHandle };
}

/**
 * PGlite runs PostgreSQL in this thread and its queries resolve as promises only, so a chain of
 * queries (a hundred bookings racing, a billing run) never gives the event loop a turn: measured,
 * 3,000 queries ran with a 1 ms timer firing 0 times. Meanwhile the server accepts no request and
 * answers no health check, and a test worker misses its runner's 60 s heartbeat (vitest's
 * "Timeout calling onTaskUpdate" on a loaded machine). Each query and transaction therefore waits
 * for one turn of the event loop first (setImmediate: microseconds when nothing else waits). A
 * transaction's queries take turns too; other work that runs meanwhile cannot enter PGlite, whose
 * own lock holds it until the transaction ends.
 */
function takingTurns<T extends object>(client: T): T {
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  return new Proxy(client, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== "function") return value;
      const method = value as (...args: unknown[]) => Promise<unknown>;
      if (prop === "query" || prop === "exec")
        return async (...args: unknown[]) => {
          await turn();
          return method.apply(target, args);
        };
      if (prop === "transaction")
        return async (work: (tx: object) => Promise<unknown>) => {
          await turn();
          return method.call(target, (tx: object) => work(takingTurns(tx)));
        };
      // PGlite's private fields need the real object as `this`.
      return method.bind(target);
    },
  });
}

export function openPostgres(url: string, max = env().DATABASE_POOL_SIZE): DatabaseHandle {
  // connect_timeout: while the database is away, a page fails within seconds (our 503 page)
  // instead of hanging for postgres.js's default 30 s.
  const client = postgres(url, { max, connect_timeout: 5, onnotice: () => {}, connection: { TimeZone: "UTC" } });
  const db = drizzlePostgres({ client, schema, casing: "snake_case" });
  const listen = async (channel: string, onNotify: () => void, onListen?: () => void) => {
    const { unlisten } = await client.listen(channel, onNotify, onListen);
    return unlisten;
  };
  return { db, kind: "postgres", url, close: () => client.end({ timeout: 5 }), listen };
}

/** When the newest migration in db/migrations was made: the database is current once it has it. */
function newestMigration(): number {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder(), "meta", "_journal.json"), "utf8")) as {
    entries: { when: number }[];
  };
  return Math.max(...journal.entries.map((entry) => entry.when));
}

/**
 * Whether the database has every migration, in one query. Drizzle's migrator applies each file
 * made after the newest one recorded, so nothing is pending when that one is at least as new as
 * the journal's newest. A missing table (a new database) means there is work to do.
 */
async function migrationsPending(db: Database) {
  try {
    const result = await db.execute(sql`select max(created_at) as newest from drizzle.__drizzle_migrations`);
    const rows = (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows) as { newest: unknown }[];
    return !(Number(rows[0]?.newest ?? 0) >= newestMigration());
  } catch {
    return true;
  }
}

/**
 * Applies every migration in db/migrations. Safe when several instances start at once. A restart
 * on a current database only asks the one question above (the migrator reads and hashes every
 * file and, on PostgreSQL, opens a connection of its own to take the lock).
 */
export async function migrateDatabase(handle: DatabaseHandle) {
  if (!(await migrationsPending(handle.db))) return;
  if (handle.kind === "pglite") {
    await migratePglite(handle.db as never, { migrationsFolder: migrationsFolder() });
    return;
  }
  // One migrator at a time across instances: a session-level advisory lock held on a
  // single-connection client that also runs the migrations.
  const single = openPostgres(handle.url!, 1);
  try {
    await single.db.execute(sql`select pg_advisory_lock(727274)`);
    await migratePostgres(single.db, { migrationsFolder: migrationsFolder() });
    await single.db.execute(sql`select pg_advisory_unlock(727274)`);
  } finally {
    await single.close();
  }
}

/** Opens the configured database (PostgreSQL when DATABASE_URL is set, PGlite otherwise). */
export async function connectDatabase(): Promise<DatabaseHandle> {
  if (current) return current;
  const e = env();
  current = e.DATABASE_URL
    ? openPostgres(e.DATABASE_URL)
    : (await openPglite({ dataDir: path.resolve(process.cwd(), e.PGLITE_DIR) })).handle;
  return current;
}

/** Lets tests (and scripts) put a specific database behind `db`. */
export function useDatabase(handle: DatabaseHandle | undefined) {
  current = handle;
}

/** See DatabaseHandle.listen; on the database connected at the time of the call. */
export function listenOnDatabase(channel: string, onNotify: () => void, onListen?: () => void) {
  if (!current) throw new Error("The database is not connected yet (call connectDatabase at start-up).");
  return current.listen(channel, onNotify, onListen);
}

/**
 * The database connected now, as an identity to compare with: a cache of what one database
 * holds is not an answer about another (tests swap databases in one process).
 */
export function connectedDatabase(): object | undefined {
  return current;
}

export function databaseKind() {
  return current?.kind;
}

export async function disconnectDatabase() {
  const handle = current;
  current = undefined;
  await handle?.close();
}

function currentDb(): Database {
  if (!current) throw new Error("The database is not connected yet (call connectDatabase at start-up).");
  return current.db;
}

/**
 * Whether the code running now is inside a transaction opened with `db.transaction`. PGlite has
 * one connection: a query on `db` from inside a transaction's callback waits for that same
 * connection, which the transaction holds until the callback ends, so it waits for ever. On
 * PostgreSQL the same query quietly runs outside the transaction on a second connection. Under
 * the test runner (VITEST) such a use throws, so every test file finds this on either database.
 */
const openTransaction = new AsyncLocalStorage<{ open: boolean }>();
const guardTransactions = process.env.VITEST === "true";

function transactionGuarded(target: Database): Database["transaction"] {
  return (work, config) =>
    target.transaction(async (tx) => {
      const state = { open: true };
      try {
        return await openTransaction.run(state, () => work(tx));
      } finally {
        state.open = false;
      }
    }, config);
}

/** The database, resolved on each use so tests and start-up can swap it. */
export const db: Database = new Proxy({} as Database, {
  get(_target, prop) {
    const target = currentDb();
    if (guardTransactions) {
      if (openTransaction.getStore()?.open)
        throw new Error(`db.${String(prop)} inside db.transaction(): use the transaction's tx (on PGlite this waits for ever)`);
      if (prop === "transaction") return transactionGuarded(target);
    }
    const value = Reflect.get(target, prop, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});

/** PostgreSQL error details from a driver error (drizzle wraps them in `cause`). */
export function pgErrorOf(error: unknown): { code: string; constraint?: string } | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    if (typeof e === "object" && e !== null) {
      const o = e as { code?: unknown; constraint?: unknown; constraint_name?: unknown; cause?: unknown };
      if (typeof o.code === "string" && /^[0-9A-Z]{5}$/.test(o.code)) {
        const constraint = (o.constraint_name ?? o.constraint) as string | undefined;
        return { code: o.code, constraint };
      }
      e = o.cause;
    } else break;
  }
  return undefined;
}

/** Driver and server codes that mean "no database to talk to", not "this query is wrong". */
const UNAVAILABLE = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
]);

/** True when an error says the database is away (refused, shut down, connection lost). */
export function databaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (UNAVAILABLE.has(code) || /^(08|57P)/.test(code))) return true;
    const inner = (e as { errors?: unknown[] }).errors; // AggregateError from a refused connect
    if (Array.isArray(inner) && inner.some((x) => databaseUnavailable(x))) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

export const PG = {
  uniqueViolation: "23505",
  exclusionViolation: "23P01",
  checkViolation: "23514",
  foreignKeyViolation: "23503",
  serializationFailure: "40001",
} as const;
