import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// What the Remix build compiles: the app, the schema and seed it imports, the public assets and
// the configuration and locked dependencies that shape its output. public/build is the output.
const SOURCE_DIRS = ["app", "db", "public"];
const SOURCE_FILES = ["remix.config.js", "package-lock.json", "tsconfig.json"];
const OUTPUT_DIRS = [path.join("public", "build")];

function* filesUnder(root, dir) {
  if (OUTPUT_DIRS.includes(path.relative(root, dir))) return;
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(root, full);
    else if (entry.isFile()) yield full;
  }
}

/**
 * A hash of every build source's path and content under `root`: equal hashes mean the build
 * would come out the same. Content, not modification times: a checkout or copy touches times
 * without changing what is built.
 */
export function sourcesHash(root) {
  const hash = createHash("sha256");
  const files = [...SOURCE_DIRS.flatMap((d) => [...filesUnder(root, path.join(root, d))]), ...SOURCE_FILES.map((f) => path.join(root, f))];
  for (const file of files) {
    if (!fs.existsSync(file)) continue;
    hash.update(path.relative(root, file));
    hash.update("\0");
    hash.update(fs.readFileSync(file));
    hash.update("\0");
  }
  return hash.digest("hex");
}
