import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { serverUrl, withDatabase } from "./db";
import { copyOfDemo } from "./demo-template.js";

/**
 * The built Werkplaats server as a real child process (`node server.js`), for tests about the
 * process itself: start-up messages, the PGlite folder lock, database outages, what the HTTP
 * answers look like. Listens on a port the OS picks (PORT=0) and reports it in its log.
 */
export type ServerProcess = {
  child: ChildProcess;
  /** Base URL, once it listens. */
  url: string;
  stdout: () => string;
  stderr: () => string;
  stop: () => Promise<void>;
};

const root = path.resolve(__dirname, "../..");

export function serverEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    HOST: "127.0.0.1",
    PORT: "0",
    LOG_LEVEL: "info",
    SEED_DEMO: "false",
  };
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) env[key] = value;
  return env as NodeJS.ProcessEnv;
}

/** Spawns `node server.js` (or another script) and collects its output. */
function spawnNode(args: string[], env: NodeJS.ProcessEnv, cwd = root, detached = false) {
  const child = spawn(process.execPath, args, { cwd, env, detached, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, stdout: () => out, stderr: () => err };
}

/**
 * Runs a command to its end and returns its exit code and output. Past the time limit its whole
 * process group is killed and the run fails as a timeout: `tsx` runs the script in a child of its
 * own, and killing only `tsx` once left that child running on to take a PGlite folder's lock
 * from the next test, while the timed-out run passed for a refusal (exit code null, not 0).
 */
export async function runToExit(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 90_000) {
  const run = spawnNode(args, env, root, true);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    process.kill(-run.child.pid!, "SIGKILL");
  }, timeoutMs);
  const code = await run.exited;
  clearTimeout(timer);
  if (timedOut) throw new Error(`${args.join(" ")} did not end within ${timeoutMs / 1000} s: ${run.stderr()}`);
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

/**
 * Starts the built server and waits until it listens. A fresh database is migrated and, with
 * SEED_DEMO, seeded first: seconds on a quiet machine, minutes on a shared 2-core one where
 * another test file runs beside it (a PGlite folder took longer than 150 s that way).
 */
export async function startServerProcess(
  env: NodeJS.ProcessEnv,
  timeoutMs = 240_000,
  { args = ["server.js"], cwd = root }: { args?: string[]; cwd?: string } = {},
): Promise<ServerProcess> {
  const run = spawnNode(args, env, cwd);
  const started = Date.now();
  let url: string | undefined;
  while (!url) {
    const match = /"msg":"listening","url":"(http:\/\/[^"]+)"/.exec(run.stdout());
    if (match) url = match[1];
    else if (run.child.exitCode !== null) throw new Error(`server exited (${run.child.exitCode}): ${run.stderr()}`);
    else if (Date.now() - started > timeoutMs) {
      run.child.kill("SIGKILL");
      throw new Error(`server did not start: ${run.stderr()}`);
    } else await new Promise((r) => setTimeout(r, 100));
  }
  return {
    child: run.child,
    url,
    stdout: run.stdout,
    stderr: run.stderr,
    stop: async () => {
      if (run.child.exitCode !== null) return;
      run.child.kill("SIGTERM");
      const timer = setTimeout(() => run.child.kill("SIGKILL"), 12_000);
      await run.exited;
      clearTimeout(timer);
    },
  };
}

/**
 * A database for a server process: a new PGlite folder, or a new database on the PostgreSQL
 * server in DATABASE_URL. Empty, or with `demo` the demo year: on PostgreSQL a copy of the run's
 * demo template (tests/support/demo-template.js); in a PGlite folder the server seeds it itself
 * (start it with SEED_DEMO). `drop` removes it again.
 */
export async function freshServerDatabase({ demo = false } = {}): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  const url = serverUrl();
  if (!url) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "werkplaats-pglite-"));
    return { env: { PGLITE_DIR: dir }, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `werkplaats_proc_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
  if (demo) await copyOfDemo(url, name);
  else {
    const admin = postgres(withDatabase(url, "postgres"), { max: 1, onnotice: () => {} });
    await admin.unsafe(`CREATE DATABASE ${name}`);
    await admin.end();
  }
  return {
    env: { DATABASE_URL: withDatabase(url, name) },
    drop: async () => {
      const s = postgres(withDatabase(url, "postgres"), { max: 1, onnotice: () => {} });
      await s.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await s.end();
    },
  };
}
