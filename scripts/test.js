// `npm test`: typecheck, lint, build, unit, integration, end-to-end. Runs against PGlite when
// DATABASE_URL is unset and against that PostgreSQL server when it is set.
import { spawnSync } from "node:child_process";
import { findChromium, playwrightChromium } from "../tests/support/chromium.js";

const browser = findChromium() ?? (await playwrightChromium());
if (!browser) {
  process.stderr.write(
    "No Chromium for the browser tests: install Debian's (apt-get install chromium) or set CHROMIUM_PATH, or run `npx playwright install chromium`.\n",
  );
  process.exit(1);
}
if (!process.env.CHROMIUM_PATH) process.env.CHROMIUM_PATH = browser;

const database = process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : "PGlite (embedded)";
const steps = [
  ["typecheck", ["node_modules/typescript/bin/tsc", "--noEmit"]],
  ["lint", ["scripts/lint.js"]],
  ["build", ["node_modules/@remix-run/dev/dist/cli.js", "build"]],
  ["unit tests", ["node_modules/vitest/vitest.mjs", "run", "--project", "unit"]],
  [`integration tests on ${database}`, ["node_modules/vitest/vitest.mjs", "run", "--project", "integration"]],
  [`end-to-end tests in Chromium on ${database}`, ["node_modules/@playwright/test/cli.js", "test"]],
];

const only = process.argv.slice(2);
for (const [name, args] of steps) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  process.stdout.write(`\n▶ ${name}\n`);
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    process.stderr.write(`\n✗ ${name} failed (exit ${result.status ?? result.signal})\n`);
    process.exit(result.status ?? 1);
  }
  process.stdout.write(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}
