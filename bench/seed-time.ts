// `npm run bench:seed`: how long the demo seed takes on a fresh embedded database. It runs at
// every start of a new demo and of the e2e server, so it must stay well under 15 seconds on a
// quiet machine. A timing is a measurement, not a test: here it cannot make the suite flaky.
import { migrateDatabase, openPglite, useDatabase } from "../app/utils/db.server";
import { seedDemo } from "../db/seed/index";

const LIMIT_MS = 15_000;

const { client, handle } = await openPglite();
await migrateDatabase(handle);
useDatabase(handle);
const started = performance.now();
await seedDemo();
const took = Math.round(performance.now() - started);
useDatabase(undefined);
await client.close();

process.stdout.write(`demo seed on PGlite: ${took} ms (limit ${LIMIT_MS} ms)\n`);
if (took > LIMIT_MS) {
  process.stderr.write("the demo seed is slower than the limit\n");
  process.exit(1);
}
