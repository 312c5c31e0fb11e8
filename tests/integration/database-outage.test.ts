import { execFileSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverEnv, startServerProcess, type ServerProcess } from "../support/server-process";

/**
 * A real PostgreSQL server of this test's own (from the machine's initdb/pg_ctl, as CI has them),
 * stopped while the app runs and started again: other test files keep their server.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "werkplaats-outage-"));
let port: number;
let app: ServerProcess;

const postgresScript = (...args: string[]) =>
  execFileSync("bash", ["scripts/postgres.sh", ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();

async function freePort() {
  return new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  port = await freePort();
  const url = postgresScript("start", dir, String(port));
  app = await startServerProcess(serverEnv({ DATABASE_URL: url, SEED_DEMO: "true" }), 120_000);
}, 180_000);

afterAll(async () => {
  await app?.stop();
  try {
    postgresScript("stop", dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

const get = async (path: string) => {
  const response = await fetch(`${app.url}${path}`, { signal: AbortSignal.timeout(25_000) });
  return { status: response.status, body: await response.text() };
};

describe("when PostgreSQL goes away", () => {
  it("answers 503 on /healthz for the whole outage, shows our own Dutch page, and recovers by itself", { timeout: 300_000 }, async () => {
    expect((await get("/healthz")).status).toBe(200);
    expect((await get("/events")).status).toBe(200);

    postgresScript("stop", dir);
    // Longer than any cache of the werkplaats or session lookups (it used to turn into 500s after ~10 s).
    const until = Date.now() + 15_000;
    while (Date.now() < until) {
      expect((await get("/healthz")).status).toBe(503);
      for (const page of ["/events", "/", "/login"]) {
        // A page that needs nothing new from the database may still answer from what is cached.
        const { status, body } = await get(page);
        expect([200, 500, 503], page).toContain(status);
        if (status !== 200) expect(body, page).toMatch(/Even niet bereikbaar|Er ging iets mis/);
        expect(body, page).not.toMatch(/Failed query|select "|<title>Error<\/title>|\n\s+at |node_modules/);
      }
      await new Promise((r) => setTimeout(r, 1000));
    }

    postgresScript("start", dir, String(port));
    let healthy = false;
    for (let waited = 0; !healthy && waited < 30_000; waited += 500) {
      healthy = (await get("/healthz")).status === 200;
      if (!healthy) await new Promise((r) => setTimeout(r, 500));
    }
    expect(healthy).toBe(true);
    expect((await get("/events")).status).toBe(200);

    // Each 5xx answer is logged at error with its request id. (Background work, such as the mail
    // worker's round during the outage, also logs at error, but belongs to no request.)
    const errors = app
      .stdout()
      .concat(app.stderr())
      .split("\n")
      .filter((l) => l.startsWith("{") && l.includes('"level":"error"'))
      .map((l) => JSON.parse(l) as { requestId?: string; path?: string })
      .filter((line) => line.path !== undefined);
    expect(errors.length).toBeGreaterThan(0);
    for (const line of errors) expect(line.requestId).toMatch(/^[\w-]{8,}$/);
  });
});
