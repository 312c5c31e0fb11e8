import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freshServerDatabase, runToExit, serverEnv, startServerProcess } from "../support/server-process";

describe("starting the server", () => {
  it("in production without SESSION_SECRET says so in one line and exits, without a stack trace", async () => {
    const { code, stdout, stderr } = await runToExit(
      ["server.js"],
      serverEnv({ NODE_ENV: "production", PGLITE_DIR: "/nonexistent/never-opened" }),
    );
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "Werkplaats cannot start: invalid environment: SESSION_SECRET: is required in production (at least 32 characters)\n",
    );
  });

  it("names every bad variable on that one line", async () => {
    const { code, stderr } = await runToExit(["server.js"], serverEnv({ PORT: "seventy", SMTP_URL: "http://mail" }));
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^Werkplaats cannot start: invalid environment: .*PORT.*SMTP_URL/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe("npm start", () => {
  const root = path.resolve(__dirname, "../..");
  // What the build reads, copied to a folder of its own: building there cannot disturb the build
  // that other test files are running servers from.
  const SOURCES = [
    "app",
    "db",
    "public",
    "scripts",
    "server.js",
    "remix.config.js",
    "remix.env.d.ts",
    "package.json",
    "package-lock.json",
    "tsconfig.json",
    "postcss.config.js",
  ];

  it("builds on the first start and not again on the next, when nothing changed", { timeout: 600_000 }, async () => {
    const project = fs.mkdtempSync(path.join(os.tmpdir(), "werkplaats-start-"));
    for (const source of SOURCES) {
      fs.cpSync(path.join(root, source), path.join(project, source), {
        recursive: true,
        filter: (file) => !file.startsWith(path.join(root, "public", "build")),
      });
    }
    fs.symlinkSync(fs.realpathSync(path.join(root, "node_modules")), path.join(project, "node_modules"));
    const database = await freshServerDatabase();
    const start = () => startServerProcess(serverEnv(database.env), 480_000, { args: ["scripts/start.js"], cwd: project });
    try {
      const first = await start();
      await first.stop();
      expect(first.stdout()).toContain("Build: sources changed since the last build, building…");
      expect(first.stdout()).toMatch(/Build: done in [\d.]+ s/);

      const again = await start();
      const answer = await fetch(`${again.url}/healthz`);
      await again.stop();
      expect(answer.status).toBe(200);
      expect(again.stdout()).toMatch(/^Build: up to date \(sources unchanged, checked in [\d.]+ s\)$/m);
      expect(again.stdout()).not.toContain("building");
      // The database is current: the migrator is not run again, only asked in one query.
      expect(again.stdout()).toMatch(/"msg":"listening".*"migrateMs":\d+/);
    } finally {
      await database.drop();
      fs.rmSync(project, { recursive: true, force: true });
    }
  });
});
