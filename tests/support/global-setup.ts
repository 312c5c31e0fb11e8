import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { prepareTemplate } from "./db";

/**
 * Migrates the template database once per test run, and builds the app when no build exists
 * (tests that start the real server process need it; `npm test` builds before this step).
 */
export default async function setup() {
  if (!fs.existsSync(path.resolve("build/index.js"))) {
    const result = spawnSync(process.execPath, ["node_modules/@remix-run/dev/dist/cli.js", "build"], { stdio: "inherit" });
    if (result.status !== 0) throw new Error("the build failed");
  }
  await prepareTemplate();
}
