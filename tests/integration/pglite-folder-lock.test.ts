import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LOCK_FILE } from "~/utils/folder-lock.server";
import { runToExit, serverEnv, startServerProcess, type ServerProcess } from "../support/server-process";

// Two real processes on one PGlite folder: the second is refused in one line naming the first.
// (These run on PGlite whatever DATABASE_URL says: the lock is about the embedded database.)
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "werkplaats-lock-"));
const env = serverEnv({ PGLITE_DIR: folder, DATABASE_URL: undefined });
let first: ServerProcess | undefined;

afterAll(async () => {
  await first?.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe("one process per PGlite folder", () => {
  // A fresh folder is migrated at start: slow on a busy 2-core machine, so the wait is generous.
  it("a second server on the same folder is refused, naming the PID that holds it", { timeout: 180_000 }, async () => {
    first = await startServerProcess(env, 150_000);
    const pid = first.child.pid!;
    expect(fs.readFileSync(path.join(folder, LOCK_FILE), "utf8").trim()).toBe(String(pid));

    const second = await runToExit(["server.js"], env);
    expect(second.code).toBe(1);
    expect(second.stderr).toBe(
      `Werkplaats cannot start: the database folder ${folder} is in use by process ${pid}; stop that process first (or set PGLITE_DIR to another folder)\n`,
    );
    // The first one still serves.
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
  });

  // tsx compiles each script before it asks for the lock: a minute or more beside busy work.
  it("db:migrate and db:seed obey the same lock", { timeout: 240_000 }, async () => {
    const pid = first!.child.pid!;
    for (const script of ["db/migrate.ts", "db/seed.ts"]) {
      const run = await runToExit(["node_modules/tsx/dist/cli.mjs", script], env);
      expect(run.code, script).not.toBe(0);
      expect(run.stderr, script).toContain(`the database folder ${folder} is in use by process ${pid}`);
      expect(run.stderr.trim().split("\n"), script).toHaveLength(1);
    }
  });

  it("the lock goes when the server stops, and a stale lock of a vanished process is taken over", { timeout: 120_000 }, async () => {
    await first!.stop();
    first = undefined;
    expect(fs.existsSync(path.join(folder, LOCK_FILE))).toBe(false);

    // A crashed process leaves its lock behind: a PID that no longer runs.
    const gone = await runToExit(["-e", "process.stdout.write(String(process.pid))"], env);
    fs.writeFileSync(path.join(folder, LOCK_FILE), `${gone.stdout}\n`);
    first = await startServerProcess(env);
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    expect(fs.readFileSync(path.join(folder, LOCK_FILE), "utf8").trim()).toBe(String(first.child.pid));
  });
});
