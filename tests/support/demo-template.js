// The demo year as a PostgreSQL template: seeded once, copied by every test that starts a server
// on the demo (the browser tests' two apps, the fuzz walk, the public-page cache, the request
// logs). A seed costs ~25 s of CPU (node and PostgreSQL); a copy a fraction of a second. Only on
// a PostgreSQL server: PGlite has no CREATE DATABASE … TEMPLATE, and there the server seeds its
// own folder as before.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { sourcesHash } from "../../scripts/sources-hash.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** One creator at a time across processes (vitest workers and the Playwright servers). */
const TEMPLATE_LOCK = 727_275;
/**
 * The demo is written relative to the day it is seeded (this week's bookings, next month's
 * events): a template from another day, or older than this, is seeded again.
 */
const FRESH_FOR_MS = 2 * 60 * 60 * 1000;

function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function amsterdamDate(ms) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date(ms));
}

/** `npm run db:seed` on that database: migrations, then the demo, as `npm start` seeds it. */
function seed(url) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "db/seed.ts"], {
      cwd: root,
      // The demo accounts' passwords with the test servers' cheap hashing parameters: the browser
      // tests log them in over and over (a login checks with the parameters the hash carries).
      env: { ...process.env, DATABASE_URL: url, TEST_FAST_PASSWORD_HASHING: "true", LOG_LEVEL: "warn" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let errors = "";
    child.stderr.on("data", (chunk) => (errors += chunk));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`demo seed failed (${code}): ${errors}`))));
  });
}

/** CREATE DATABASE … TEMPLATE, again while a parallel copy briefly holds the template (55006). */
async function copy(admin, template, name) {
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      return;
    } catch (error) {
      if (error?.code !== "55006" || attempt > 20) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
}

/**
 * The name of the demo template for today's sources (a hash of app/, db/, public/ and the lock
 * file, as `npm start` decides whether to build), seeded first when there is none or it is
 * stale. Call with the advisory lock held.
 */
async function demoTemplate(admin, serverUrl) {
  const template = `werkplaats_demo_${sourcesHash(root).slice(0, 16)}`;
  const [found] = await admin`
    select shobj_description(oid, 'pg_database') as seeded from pg_database where datname = ${template}`;
  const seededAt = Number(found?.seeded);
  if (seededAt > Date.now() - FRESH_FOR_MS && amsterdamDate(seededAt) === amsterdamDate(Date.now())) return template;
  // Templates of other sources or days: nobody copies them any more.
  const old = await admin`select datname from pg_database where datname like 'werkplaats\\_demo\\_%'`;
  for (const { datname } of old) await admin.unsafe(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE ${template}`);
  await seed(withDatabase(serverUrl, template));
  await admin.unsafe(`COMMENT ON DATABASE ${template} IS '${Date.now()}'`);
  return template;
}

/** Runs `work` with an admin connection to the server, one process at a time. */
async function locked(serverUrl, work) {
  const admin = postgres(withDatabase(serverUrl, "postgres"), { max: 1, onnotice: () => {} });
  try {
    await admin`select pg_advisory_lock(${TEMPLATE_LOCK})`;
    return await work(admin);
  } finally {
    await admin`select pg_advisory_unlock(${TEMPLATE_LOCK})`.catch(() => {});
    await admin.end();
  }
}

/** Creates database `name` on the server of `serverUrl` as a copy of the seeded demo; returns its URL. */
export async function copyOfDemo(serverUrl, name) {
  await locked(serverUrl, async (admin) => {
    const template = await demoTemplate(admin, serverUrl);
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await copy(admin, template, name);
  });
  return withDatabase(serverUrl, name);
}

// `node tests/support/demo-template.js`: seeds the template for DATABASE_URL's server now if it is
// missing, so the tests that copy it do not wait (CI runs this beside the build).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await locked(process.env.DATABASE_URL, (admin) => demoTemplate(admin, process.env.DATABASE_URL));
}
