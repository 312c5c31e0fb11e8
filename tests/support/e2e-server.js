// Starts Werkplaats for the Playwright run on a fresh database: a new PGlite folder, or,
// when DATABASE_URL is set, a new database on that PostgreSQL server. Seeds the demo data.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";

const port = process.env.E2E_PORT ?? "3100";
// Cheap argon2 parameters: the journeys sign up and log in many times (refused in production).
// TRUST_PROXY=1: each test presents a client address of its own in X-Forwarded-For (see
// clientAddress() in tests/e2e/fixtures.ts), so the per-IP hourly limits hold per journey.
const env = {
  ...process.env,
  PORT: port,
  HOST: "127.0.0.1",
  SEED_DEMO: "true",
  TEST_FAST_PASSWORD_HASHING: "true",
  TRUST_PROXY: "1",
  LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
};
env.APP_URL = `http://127.0.0.1:${port}`;

if (process.env.DATABASE_URL) {
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = "/postgres";
  const admin = postgres(url.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe("DROP DATABASE IF EXISTS werkplaats_e2e WITH (FORCE)");
  await admin.unsafe("CREATE DATABASE werkplaats_e2e");
  await admin.end();
  url.pathname = "/werkplaats_e2e";
  env.DATABASE_URL = url.toString();
} else {
  const dir = path.resolve("tests/.tmp/e2e-pglite");
  fs.rmSync(dir, { recursive: true, force: true });
  env.PGLITE_DIR = dir;
}

const child = spawn(process.execPath, ["server.js"], { env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
