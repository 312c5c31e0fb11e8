// `npm run bench`: autocannon against the production build, on PGlite and on a PostgreSQL
// server, beside two ceilings measured in the same run: a one-route Remix app (the framework's
// own limit) and a bare node:http server answering the same bytes as /login.
// Writes the table into docs/PERFORMANCE.md and bench/.tmp/results.json.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { run, DURATION } from "./lib/load.js";
import { startMailbox } from "./lib/mailbox.js";
import { pageWords } from "./lib/page-weight.js";
import { jobsTable, runJobs } from "./lib/jobs.js";
import { startApp, startBareNode, startRemixCeiling } from "./lib/servers.js";

const HELP = `npm run bench [-- options]
  --jobs             only the non-HTTP figures (billing run, documents, demo seed, start-up)
  --only a,b         only these scenarios (file names in bench/scenarios without .js, e.g. webhooks), no jobs;
                     the table goes to bench/.tmp/partial.md, docs/PERFORMANCE.md is left alone
  --db pglite|postgres  only this database
  --skip-jobs        the HTTP rows and the bundles only (the jobs' table is left as it is)
  --large            also a large werkplaats (bench/scenarios/large.js, PostgreSQL): p99 of the
                     start page and the calendar JSON after growth, and the hot queries' plans
  --help             this text`;
const argv = process.argv.slice(2);
const option = (flag) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
if (argv.includes("--help")) {
  process.stdout.write(`${HELP}\n`);
  process.exit(0);
}
// `npm run bench -- --jobs` runs only the non-HTTP figures (billing run, documents, demo seed, start-up).
const jobsOnly = argv.includes("--jobs");
const only = option("--only")?.split(",");
const onlyDb = option("--db");

const scenarioFiles = fs
  .readdirSync("bench/scenarios")
  .filter((f) => f.endsWith(".js") && (!only || only.includes(f.slice(0, -3))))
  .sort();
// Scenarios may export `order` (default 10): the read routes go first, on the freshly seeded
// database, before the write scenarios leave the server busy with vacuum and garbage collection.
// A scenario with `onlyWithFlag` runs only when that flag is given (the large werkplaats).
const scenarios = (await Promise.all(scenarioFiles.map((f) => import(path.resolve("bench/scenarios", f)))))
  .filter((s) => !s.onlyWithFlag || argv.includes(s.onlyWithFlag) || only?.includes("large"))
  .sort((a, b) => (a.order ?? 10) - (b.order ?? 10));

const tmp = path.resolve("bench/.tmp");
// Ports: BENCH_PORT_BASE … +3 for the servers, +4 for the throwaway PostgreSQL.
const portBase = Number(process.env.BENCH_PORT_BASE ?? 3201);
fs.mkdirSync(tmp, { recursive: true });
const stops = [];
const stopAll = async () => {
  while (stops.length) await stops.pop()();
};
process.on("SIGINT", () => void stopAll().then(() => process.exit(130)));

const say = (s) => process.stdout.write(`${s}\n`);

try {
  if (!jobsOnly) say("building the production bundle…");
  if (!jobsOnly) execFileSync(process.execPath, ["node_modules/@remix-run/dev/dist/cli.js", "build"], { stdio: "ignore" });

  // A PostgreSQL server: the one in DATABASE_URL, or a throwaway one started here.
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dir = path.join(tmp, "pg");
    serverUrl = execFileSync("scripts/postgres.sh", ["start", dir, String(portBase + 52233)], { encoding: "utf8" }).trim();
    stops.push(async () => execFileSync("scripts/postgres.sh", ["stop", dir], { stdio: "ignore" }));
  }
  if (!only && !argv.includes("--skip-jobs")) {
    say("billing run, documents and demo seed…");
    const jobs = runJobs({ databaseUrl: serverUrl, say });
    for (const j of jobs) say(`${j.job.padEnd(70)} ${j.figure} ${j.unit}  ${j.notes}`);
    writeJobs(jobs);
  }
  if (jobsOnly) {
    await stopAll();
    process.exit(0);
  }

  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe("DROP DATABASE IF EXISTS werkplaats_bench WITH (FORCE)");
  await admin.unsafe("CREATE DATABASE werkplaats_bench");
  await admin.end();
  const benchUrl = new URL(serverUrl);
  benchUrl.pathname = "/werkplaats_bench";

  const rows = [];
  const targets = [
    { label: "PGlite", db: "pglite", port: portBase, options: { pgliteDir: path.join(tmp, "pglite") } },
    { label: "PostgreSQL", db: "postgres", port: portBase + 1, options: { databaseUrl: benchUrl.toString() } },
  ].filter((t) => !onlyDb || t.db === onlyDb);

  const mailbox = await startMailbox();
  stops.push(mailbox.close);
  let loginBytes;
  for (const target of targets) {
    say(`starting Werkplaats on ${target.label}…`);
    const app = await startApp({ port: target.port, smtpUrl: mailbox.url, ...target.options });
    stops.push(app.stop);
    const base = `http://127.0.0.1:${target.port}`;
    loginBytes ??= await (await fetch(`${base}/login`)).text();
    for (const scenario of scenarios) {
      say(`  ${scenario.name}`);
      rows.push(...(await scenario.measure({ base, label: target.label, databaseUrl: target.options.databaseUrl, mailbox })));
    }
    // JavaScript and CSS per page (gzip), read off the build with the words each page renders:
    // the table above the jobs'. Once, on the first database, after its scenarios (an idle
    // keep-alive connection during the table would be closed under a scenario's next request).
    if (target === targets[0]) {
      fs.writeFileSync(path.join(tmp, "page-words.json"), JSON.stringify(await pageWords(base)));
      execFileSync(process.execPath, ["--import", "tsx", "bench/bundles.ts"], { stdio: "inherit" });
    }
    await stops.pop()();
  }

  say("ceilings…");
  const remix = await startRemixCeiling(portBase + 2);
  stops.push(remix.stop);
  const remixCeiling = { scenario: "ceiling: one static Remix route", ...(await run({ url: `http://127.0.0.1:${portBase + 2}/` })) };
  const resourceCeiling = {
    scenario: "ceiling: one static Remix resource route (JSON)",
    ...(await run({ url: `http://127.0.0.1:${portBase + 2}/items.json` })),
  };
  await stops.pop()();
  const bare = await startBareNode(portBase + 3, loginBytes);
  stops.push(bare.stop);
  const bareCeiling = {
    scenario: "ceiling: bare node:http, same bytes as /login",
    ...(await run({ url: `http://127.0.0.1:${portBase + 3}/` })),
  };
  await stops.pop()();

  // JSON scenarios are compared with the resource-route ceiling (see the notes column).
  for (const r of rows.filter((r) => r.vsResourceRoute)) {
    const share = ((r.requestsPerSecond / resourceCeiling.requestsPerSecond) * 100).toFixed(1);
    r.notes = `${r.notes ? `${r.notes}; ` : ""}${share} % of the resource-route ceiling`;
  }
  const all = [...rows, remixCeiling, resourceCeiling, bareCeiling];
  writeReport(all, remixCeiling.requestsPerSecond, bareCeiling.requestsPerSecond);
  for (const r of all) say(`${r.scenario.padEnd(58)} ${String(r.requestsPerSecond).padStart(6)} req/s  p99 ${r.p99} ms`);
} finally {
  await stopAll();
}

function when() {
  return new Date().toISOString().slice(0, 16).replace("T", " ");
}

function machine() {
  return `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)}`;
}

function writeJobs(jobs) {
  const file = "docs/PERFORMANCE.md";
  const table = jobsTable(jobs, when(), machine());
  const current = fs.readFileSync(file, "utf8");
  fs.writeFileSync(
    file,
    current.includes("<!-- bench-jobs:start -->")
      ? current.replace(/<!-- bench-jobs:start -->[\s\S]*<!-- bench-jobs:end -->/, table)
      : current.replace("<!-- bench:start -->", `${table}\n\n<!-- bench:start -->`),
  );
}

function writeReport(rows, remixRps, bareRps) {
  const header = `| scenario | req/s | p50 ms | p99 ms | vs Remix ceiling | vs bare Node | non-2xx | errors | notes |\n|---|---:|---:|---:|---:|---:|---:|---:|---|`;
  const pct = (v, of) => (of ? `${((v / of) * 100).toFixed(1)} %` : "–");
  const lines = rows.map(
    (r) =>
      `| ${r.scenario} | ${r.requestsPerSecond} | ${r.p50} | ${r.p99} | ${pct(r.requestsPerSecond, remixRps)} | ${pct(r.requestsPerSecond, bareRps)} | ${r.non2xx} | ${r.errors} | ${r.notes ?? ""} |`,
  );
  const table = `<!-- bench:start -->\nMeasured ${when()} UTC on ${machine()}; ${DURATION} s per row, 20 connections unless the scenario says otherwise.\n\n${header}\n${lines.join("\n")}\n<!-- bench:end -->`;
  // A partial run must not wipe the other rows of the table.
  const file = only || onlyDb ? path.join(tmp, "partial.md") : "docs/PERFORMANCE.md";
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const next = current.includes("<!-- bench:start -->")
    ? current.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, table)
    : `${current}\n${table}\n`;
  fs.writeFileSync(file, next);
  fs.writeFileSync(path.join(tmp, "results.json"), JSON.stringify({ when: when(), machine: machine(), rows }, null, 2));
}
