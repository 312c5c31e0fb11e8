// Where a .cpuprofile's time went: self time per function and per package, as shares of the
// profile's samples (idle excluded), for the tables in docs/PERFORMANCE.md.
// Alone: `node bench/lib/profile-summary.js file.cpuprofile [top]`.
import fs from "node:fs";

/** The package (or part of the app) a profile node's script belongs to. */
function owner(url) {
  if (!url) return "(native)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith("node:")) return "node";
  if (/\/build\/index\.js$/.test(url)) return "app (build)";
  if (/\/server\.js$|\/scripts\//.test(url)) return "app (scripts)";
  return url.replace(/^file:\/\/.*\/(wt-[^/]+|main)\//, "");
}

export function summarise(profile, top = 25) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const hits = new Map();
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  const functions = new Map();
  const packages = new Map();
  let busy = 0;
  for (const [id, count] of hits) {
    const { callFrame } = byId.get(id);
    if (callFrame.functionName === "(idle)") continue;
    busy += count;
    const where = owner(callFrame.url);
    const key = `${callFrame.functionName || "(anonymous)"} — ${where}${callFrame.url ? `:${callFrame.lineNumber + 1}` : ""}`;
    functions.set(key, (functions.get(key) ?? 0) + count);
    const group = callFrame.url ? where : callFrame.functionName;
    packages.set(group, (packages.get(group) ?? 0) + count);
  }
  const share = (c) => `${((c / busy) * 100).toFixed(1)} %`;
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return {
    busySamples: busy,
    functions: sorted(functions).map(([k, c]) => [k, share(c)]),
    packages: sorted(packages).map(([k, c]) => [k, share(c)]),
  };
}

if (process.argv[1] === import.meta.filename) {
  const s = summarise(JSON.parse(fs.readFileSync(process.argv[2], "utf8")), Number(process.argv[3] ?? 25));
  process.stdout.write(`busy samples: ${s.busySamples}\n\nself time by package:\n`);
  for (const [k, v] of s.packages) process.stdout.write(`  ${v.padStart(7)}  ${k}\n`);
  process.stdout.write("\nself time by function:\n");
  for (const [k, v] of s.functions) process.stdout.write(`  ${v.padStart(7)}  ${k}\n`);
}
