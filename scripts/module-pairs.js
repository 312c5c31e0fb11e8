// Modules that depend on each other both ways, from dependency-cruiser's JSON result (its file
// rules cannot see this: A's server code may use B while B's client code uses A, with no file
// cycle between them). Two such modules can only be understood, tested and moved together.
// Imports of a module's words (its *messages.ts, which import nothing) do not count: the i18n
// dictionary merges every module's words by design, and every module translates through i18n.
// Usage: node scripts/module-pairs.js cruise-result.json
import { readFileSync } from "node:fs";

const MODULE = /^app\/modules\/([^/]+)\//;
const WORDS = /messages\.ts$/;

/** "a -> b" for every import from module a into module b, with one example file pair each. */
function moduleEdges(result) {
  const edges = new Map();
  for (const file of result.modules) {
    const from = MODULE.exec(file.source)?.[1];
    if (!from) continue;
    for (const dependency of file.dependencies) {
      const to = MODULE.exec(dependency.resolved)?.[1];
      if (!to || to === from || WORDS.test(dependency.resolved)) continue;
      const key = `${from} -> ${to}`;
      if (!edges.has(key)) edges.set(key, `${file.source} -> ${dependency.resolved}`);
    }
  }
  return edges;
}

/** Each pair of modules that import each other, once, with the files that do it. */
function bothWays(edges) {
  const pairs = [];
  for (const [key, example] of edges) {
    const [from, to] = key.split(" -> ");
    const back = edges.get(`${to} -> ${from}`);
    if (back && from < to) pairs.push({ modules: [from, to], examples: [example, back] });
  }
  return pairs;
}

const [file] = process.argv.slice(2);
const pairs = bothWays(moduleEdges(JSON.parse(readFileSync(file, "utf8"))));
for (const { modules, examples } of pairs) {
  process.stderr.write(`  error module-pairs-both-ways: ${modules.join(" <-> ")}\n      ${examples.join("\n      ")}\n`);
}
if (pairs.length) {
  process.stderr.write(`\nx ${pairs.length} module pair(s) depend on each other both ways.\n`);
  process.exit(1);
}
process.stdout.write("✔ no module pair depends both ways\n");
