// `npm run lint`: format and lint rules (Biome), import rules (dependency-cruiser) and dead code
// (knip). All three run even when one fails, so one run shows everything there is to mend.
// Why these tools and what each rule protects: docs/decisions/035-lint-and-boundaries.md.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

// dependency-cruiser runs once, into a JSON file that the next two checks read.
const cruiseResult = join(mkdtempSync(join(tmpdir(), "lint-")), "cruise.json");
const depcruise = "node_modules/dependency-cruiser/bin";

const checks = [
  ["format and lint (biome)", ["node_modules/@biomejs/biome/bin/biome", "check", "--error-on-warnings", "."]],
  [
    "import graph (dependency-cruiser)",
    [
      `${depcruise}/dependency-cruise.mjs`,
      "--config",
      ".dependency-cruiser.cjs",
      "--output-type",
      "json",
      "--output-to",
      cruiseResult,
      "app",
      "db",
      "scripts",
      "bench",
      "server.js",
    ],
  ],
  ["import rules (dependency-cruiser)", [`${depcruise}/depcruise-fmt.mjs`, "--exit-code", "--output-type", "err", cruiseResult]],
  ["module pairs (no two modules depend on each other both ways)", ["scripts/module-pairs.js", cruiseResult]],
  ["dead code (knip)", ["node_modules/knip/bin/knip.js", "--no-progress"]],
];

const failed = [];
for (const [name, args] of checks) {
  process.stdout.write(`\n▶ ${name}\n`);
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) failed.push(name);
}
rmSync(dirname(cruiseResult), { recursive: true, force: true });
if (failed.length) {
  process.stderr.write(`\n✗ lint failed: ${failed.join(", ")}\n`);
  process.exit(1);
}
process.stdout.write("\n✓ lint clean\n");
