// Starts Werkplaats for the Playwright run on a fresh database: a new PGlite folder, or,
// when DATABASE_URL is set, a new database on that PostgreSQL server. With the demo data: seeded by
// the server in the PGlite folder, copied from the run's demo template on PostgreSQL.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { copyOfDemo } from "./demo-template.js";

const port = process.env.E2E_PORT ?? "3100";
// Cheap argon2 parameters: the journeys sign up and log in many times (refused in production).
// TRUST_PROXY=1: each test presents a client address of its own in X-Forwarded-For (see
// clientAddress() in tests/e2e/fixtures.ts), so the per-IP hourly limits hold per journey.
// COMPRESSION=false, as behind a compressing proxy: gzip of every page cost the server CPU and
// the browser more to unpack, on loopback where it saves nothing (checked on by default in
// tests/integration/public-page-cache.test.ts).
const env = {
  ...process.env,
  PORT: port,
  HOST: "127.0.0.1",
  SEED_DEMO: "true",
  TEST_FAST_PASSWORD_HASHING: "true",
  TRUST_PROXY: "1",
  COMPRESSION: "false",
  LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
};
env.APP_URL = `http://127.0.0.1:${port}`;

// With E2E_STRIPE_API_PORT this is the second app of the run: the local Stripe server beside it,
// the app's SDK pointed at it, on a database of its own (the specs of the "stripe" project).
const stripeApiPort = process.env.E2E_STRIPE_API_PORT;
const database = stripeApiPort ? "werkplaats_e2e_stripe" : "werkplaats_e2e";
const children = [];
if (stripeApiPort) {
  Object.assign(env, {
    STRIPE_SECRET_KEY: "sk_test_werkplaats_local_server",
    STRIPE_WEBHOOK_SECRET: "whsec_werkplaats_local_server",
    STRIPE_API_HOST: "127.0.0.1",
    STRIPE_API_PORT: stripeApiPort,
    STRIPE_API_PROTOCOL: "http",
  });
  const stripe = spawn(process.execPath, ["--import", "tsx", "tests/support/stripe-server/main.ts"], {
    env: { ...process.env, STRIPE_TEST_PORT: stripeApiPort, STRIPE_TEST_WEBHOOK_URL: `${env.APP_URL}/webhooks/stripe` },
    stdio: "inherit",
  });
  children.push(stripe);
}

if (process.env.DATABASE_URL) {
  // A copy of the demo seeded once for the run (tests/support/demo-template.js), not a seed per app.
  env.DATABASE_URL = await copyOfDemo(process.env.DATABASE_URL, database);
} else {
  const dir = path.resolve(`tests/.tmp/${database.replaceAll("_", "-")}-pglite`);
  fs.rmSync(dir, { recursive: true, force: true });
  env.PGLITE_DIR = dir;
}

const child = spawn(process.execPath, ["server.js"], { env, stdio: "inherit" });
children.push(child);
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    for (const c of children) c.kill(signal);
  });
child.on("exit", (code) => {
  for (const c of children) c.kill("SIGTERM");
  process.exit(code ?? 0);
});
