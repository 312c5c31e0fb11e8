// `npm start`: build the app only when its sources changed since the last build, then serve it.
// A restart with nothing changed goes straight to the server (seconds, not the build's minute);
// what the start spends its time on is printed, so a slow start says why.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { sourcesHash } from "./sources-hash.js";

const root = path.resolve(import.meta.dirname, "..");
const STAMP = path.join(root, "build", ".sources-sha256");

// The stamp pairs the sources' hash with the build it produced (its server file's time and size):
// a build made another way (`npm run build` on other sources) no longer matches, so it is redone.
function buildIdentity() {
  try {
    const server = fs.statSync(path.join(root, "build", "index.js"));
    return fs.existsSync(path.join(root, "public", "build")) ? `${server.mtimeMs}:${server.size}` : undefined;
  } catch {
    return undefined;
  }
}

function stampFor(hash) {
  const built = buildIdentity();
  return built ? `${hash} ${built}` : undefined;
}

function stamped() {
  try {
    return fs.readFileSync(STAMP, "utf8").trim();
  } catch {
    return undefined;
  }
}

/** The PID of a live server holding the embedded database folder, if any: rebuilding under it would break it. */
function runningServer() {
  if (process.env.DATABASE_URL) return undefined;
  const folder = path.resolve(root, process.env.PGLITE_DIR || ".data/pglite");
  try {
    const pid = Number.parseInt(fs.readFileSync(path.join(folder, "werkplaats.lock"), "utf8"), 10);
    if (!(pid > 0)) return undefined;
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return error?.code === "EPERM" ? -1 : undefined;
  }
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const started = performance.now();
const hash = sourcesHash(root);
const current = stampFor(hash);
if (current !== undefined && stamped() === current) {
  process.stdout.write(`Build: up to date (sources unchanged, checked in ${seconds(performance.now() - started)})\n`);
} else {
  const holder = runningServer();
  if (holder) {
    process.stderr.write(`Werkplaats cannot start: a server (process ${holder}) is running on this database folder; stop it first\n`);
    process.exit(1);
  }
  process.stdout.write("Build: sources changed since the last build, building…\n");
  const buildStart = performance.now();
  const result = spawnSync(process.execPath, [path.join(root, "node_modules", "@remix-run", "dev", "dist", "cli.js"), "build"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.writeFileSync(STAMP, `${stampFor(hash)}\n`);
  process.stdout.write(`Build: done in ${seconds(performance.now() - buildStart)}\n`);
}

await import(path.join(root, "server.js"));
