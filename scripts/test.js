// `npm test`: typecheck, lint, build, unit, integration, end-to-end. Runs against PGlite when
// DATABASE_URL is unset and against that PostgreSQL server when it is set.
//
// The first four steps do not depend on each other and none fills two cores alone (tsc and
// knip are single-threaded), so they run side by side with their output held back and printed
// whole, one step after another. Integration and end-to-end tests each keep both cores busy on
// their own and need the build, so they follow one at a time. At the end one line per step says
// how long it took, so a CI log shows where the time goes (decision 036).
import { spawn } from "node:child_process";
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
/** Groups run one after another; the steps inside a group run at the same time. */
const groups = [
  [
    ["typecheck", ["node_modules/typescript/bin/tsc", "--noEmit"]],
    ["lint", ["scripts/lint.js"]],
    ["build", ["node_modules/@remix-run/dev/dist/cli.js", "build"]],
    ["unit tests", ["node_modules/vitest/vitest.mjs", "run", "--project", "unit"]],
  ],
  [[`integration tests on ${database}`, ["node_modules/vitest/vitest.mjs", "run", "--project", "integration"]]],
  [[`end-to-end tests in Chromium on ${database}`, ["node_modules/@playwright/test/cli.js", "test"]]],
];

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const timings = [];

/** Runs one step; alone it writes straight to the terminal, beside others it collects its output. */
function run(name, args, alone) {
  return new Promise((resolve) => {
    const started = Date.now();
    if (alone) process.stdout.write(`\n▶ ${name}\n`);
    const child = spawn(process.execPath, args, { stdio: alone ? "inherit" : ["ignore", "pipe", "pipe"], env: process.env });
    const output = [];
    child.stdout?.on("data", (chunk) => output.push(chunk));
    child.stderr?.on("data", (chunk) => output.push(chunk));
    child.on("close", (code, signal) => {
      const ms = Date.now() - started;
      timings.push([name, ms]);
      resolve({ name, ok: code === 0, exit: code ?? signal, ms, output: Buffer.concat(output) });
    });
  });
}

function summary() {
  process.stdout.write("\nTime per step (steps of one group ran side by side):\n");
  for (const [name, ms] of timings) process.stdout.write(`  ${seconds(ms).padStart(8)}  ${name}\n`);
  process.stdout.write(`  ${seconds(Date.now() - suiteStarted).padStart(8)}  whole run\n`);
}

const only = process.argv.slice(2);
const suiteStarted = Date.now();
for (const group of groups) {
  const steps = group.filter(([name]) => !only.length || only.some((o) => name.startsWith(o)));
  if (!steps.length) continue;
  const alone = steps.length === 1;
  if (!alone) process.stdout.write(`\n▶ ${steps.map(([name]) => name).join(", ")} (side by side)\n`);
  const results = await Promise.all(steps.map(([name, args]) => run(name, args, alone)));
  for (const result of results) {
    if (!alone) {
      process.stdout.write(`\n── ${result.name}\n`);
      process.stdout.write(result.output);
    }
    if (result.ok) process.stdout.write(`✓ ${result.name} (${seconds(result.ms)})\n`);
    else process.stderr.write(`\n✗ ${result.name} failed (exit ${result.exit})\n`);
  }
  const failed = results.find((r) => !r.ok);
  if (failed) {
    summary();
    process.exit(typeof failed.exit === "number" ? failed.exit : 1);
  }
}
summary();
