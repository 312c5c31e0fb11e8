// `npm run lint`: format and lint rules (Biome), import rules (dependency-cruiser) and dead code
// (knip). All three run even when one fails, so one run shows everything there is to mend.
// Why these tools and what each rule protects: docs/decisions/035-lint-and-boundaries.md.
import { spawnSync } from "node:child_process";

const checks = [
  ["format and lint (biome)", ["node_modules/@biomejs/biome/bin/biome", "check", "--error-on-warnings", "."]],
  [
    "import rules (dependency-cruiser)",
    [
      "node_modules/dependency-cruiser/bin/dependency-cruise.mjs",
      "--config",
      ".dependency-cruiser.cjs",
      "--output-type",
      "err",
      "app",
      "db",
      "scripts",
      "bench",
      "server.js",
    ],
  ],
  ["dead code (knip)", ["node_modules/knip/bin/knip.js", "--no-progress"]],
];

const failed = [];
for (const [name, args] of checks) {
  process.stdout.write(`\n▶ ${name}\n`);
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) failed.push(name);
}
if (failed.length) {
  process.stderr.write(`\n✗ lint failed: ${failed.join(", ")}\n`);
  process.exit(1);
}
process.stdout.write("\n✓ lint clean\n");
