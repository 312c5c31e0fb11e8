import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll } from "vitest";
import { seedDemo } from "#db/seed/index";
import { openPostgres, useDatabase, type DatabaseHandle } from "../../app/utils/db.server";
import { serverUrl, withDatabase } from "./db";
import { copyOfDemo } from "./demo-template.js";
import { currentTestDatabase } from "./per-file-database";

/**
 * A test file that checks the demo itself, on the demo seeded once. On a PostgreSQL server the
 * file works on a copy of the run's demo template, which `db/seed.ts` made with this same code
 * today (tests/support/demo-template.js); each such file seeding its own demo cost ~25 s of CPU,
 * a copy a fraction of a second. On PGlite, which cannot copy a database, the demo is seeded
 * into the file's own database. Either way the file's own `seedDemo()` calls are the second run,
 * which must change nothing.
 */
export function onTheSeededDemo() {
  let copy: { handle: DatabaseHandle; name: string; url: string } | undefined;
  beforeAll(async () => {
    const url = serverUrl();
    if (!url) {
      await seedDemo();
      return;
    }
    const name = `werkplaats_demo_copy_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
    copy = { handle: openPostgres(await copyOfDemo(url, name), 20), name, url };
    useDatabase(copy.handle);
  }, 300_000);
  afterAll(async () => {
    if (!copy) return;
    useDatabase(currentTestDatabase());
    await copy.handle.close();
    const admin = postgres(withDatabase(copy.url, "postgres"), { max: 1, onnotice: () => {} });
    await admin.unsafe(`DROP DATABASE IF EXISTS ${copy.name} WITH (FORCE)`);
    await admin.end();
  });
}
