// `npm start` timed: on an empty PGlite folder (build when the sources changed, migrations, demo
// seed), then again with nothing changed, each to the first answer of GET /login. Prints one line
// per start with the server's own step timings; exits 1 when the restart takes 5 s or more.
// Alone: `node bench/start-up.js` (after a build, or it builds first, as npm start does).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const GOAL_MS = 5000;

/** Starts npm start's script, waits for its first answer, stops it; the figures of that start. */
async function timedStart(folder) {
  const started = performance.now();
  const child = spawn(process.execPath, ["scripts/start.js"], {
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      SESSION_SECRET: randomBytes(32).toString("hex"),
      SEED_DEMO: "true",
      LOG_LEVEL: "info",
      DATABASE_URL: "",
      PGLITE_DIR: folder,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (chunk) => {
    out += chunk;
  });
  try {
    // The listening line carries the port (0 asks the system for a free one) and the steps.
    let listening;
    while (!listening) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${out}`);
      if (performance.now() - started > 600_000) throw new Error("npm start did not listen within 10 minutes");
      listening = out
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line))
        .find((line) => line.msg === "listening");
      if (!listening) await new Promise((r) => setTimeout(r, 20));
    }
    for (;;) {
      const res = await fetch(`${listening.url}/login`).catch(() => undefined);
      if (res?.ok) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const firstAnswerMs = Math.round(performance.now() - started);
    const built = /Build: done in ([\d.]+) s/.exec(out);
    return { firstAnswerMs, buildMs: built ? Math.round(Number(built[1]) * 1000) : 0, ...listening };
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
  }
}

const steps = (s) =>
  ["loadMs", "openMs", "migrateMs", "seedMs"]
    .filter((k) => s[k] !== undefined)
    .map((k) => `${k.slice(0, -2)} ${(s[k] / 1000).toFixed(1)} s`)
    .join(", ");

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "werkplaats-start-up-"));
try {
  const first = await timedStart(folder);
  const afterBuild = first.firstAnswerMs - first.buildMs;
  console.log(
    `first start on an empty folder: ${afterBuild} ms after the build (build ${(first.buildMs / 1000).toFixed(1)} s; ${steps(first)})`,
  );
  const again = await timedStart(folder);
  console.log(`start again, nothing changed: ${again.firstAnswerMs} ms to the first answer (${steps(again)})`);
  if (again.firstAnswerMs >= GOAL_MS) {
    console.error(`start again took ${again.firstAnswerMs} ms, goal < ${GOAL_MS} ms`);
    process.exitCode = 1;
  }
} finally {
  fs.rmSync(folder, { recursive: true, force: true });
}
