import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { migrateDatabase, openPglite, openPostgres, pgliteStartParams, type DatabaseHandle } from "../../app/utils/db.server";

/**
 * Test databases. With DATABASE_URL set, each test file gets its own database on that
 * PostgreSQL server, created from a migrated template (CREATE DATABASE … TEMPLATE, ~50 ms).
 * Without it, each file gets an in-memory PGlite loaded from a migrated data-dir dump.
 */
const TEMPLATE_DB = "werkplaats_test_template";
const PGLITE_TEMPLATE = path.resolve("tests/.tmp/pglite-template.tar");

export function serverUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

export function withDatabase(url: string, database: string) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** An admin connection to the server's maintenance database, for CREATE/DROP DATABASE. */
function admin(url: string) {
  return postgres(withDatabase(url, "postgres"), { max: 1, onnotice: () => {} });
}

export async function prepareTemplate() {
  const url = serverUrl();
  if (url) {
    const sql = admin(url);
    await sql.unsafe(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
    await sql.unsafe(`CREATE DATABASE ${TEMPLATE_DB}`);
    await sql.end();
    const handle = openPostgres(withDatabase(url, TEMPLATE_DB), 2);
    await migrateDatabase(handle);
    await handle.close();
    return;
  }
  // Every file unpacks this dump into a PGlite of its own, at about 0.1 s of CPU per MB, so it
  // is kept small (46 MB → 18 MB): WAL segments of 1 MB instead of 16 MB, few of them kept after
  // the checkpoint, and without template0 and template1, which only CREATE DATABASE reads (no
  // test creates a database on PGlite). Opening a file's PGlite: 2.2 s of CPU instead of 3.6–4.3.
  const { client, handle } = await openPglite({
    initDbStartParams: ["--wal-segsize=1"],
    startParams: [...pgliteStartParams, "-c", "min_wal_size=2MB", "-c", "max_wal_size=4MB"],
  });
  await migrateDatabase(handle);
  await client.exec("UPDATE pg_database SET datistemplate = false WHERE datname IN ('template0', 'template1')");
  // One statement per call: DROP DATABASE refuses to run inside the transaction of a batch.
  for (const statement of ["DROP DATABASE template0", "DROP DATABASE template1", "CHECKPOINT"]) await client.exec(statement);
  const dump = await client.dumpDataDir("none");
  fs.mkdirSync(path.dirname(PGLITE_TEMPLATE), { recursive: true });
  fs.writeFileSync(PGLITE_TEMPLATE, Buffer.from(await dump.arrayBuffer()));
  await client.close();
}

export type TestDatabase = DatabaseHandle & { drop: () => Promise<void> };

export async function createTestDatabase(poolSize = 20): Promise<TestDatabase> {
  const url = serverUrl();
  if (url) {
    const name = `werkplaats_test_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
    const sql = admin(url);
    for (let attempt = 0; ; attempt++) {
      try {
        await sql.unsafe(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
        break;
      } catch (error) {
        // 55006: the template is briefly in use by a parallel CREATE DATABASE; try again.
        if ((error as { code?: string }).code !== "55006" || attempt > 20) throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
    await sql.end();
    const handle = openPostgres(withDatabase(url, name), poolSize);
    return {
      ...handle,
      drop: async () => {
        await handle.close();
        const s = admin(url);
        await s.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await s.end();
      },
    };
  }
  const blob = new Blob([new Uint8Array(fs.readFileSync(PGLITE_TEMPLATE))]);
  const { handle } = await openPglite({ loadDataDir: blob });
  return { ...handle, drop: handle.close };
}
