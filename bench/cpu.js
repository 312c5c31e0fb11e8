// `npm run bench:cpu`: CPU time per request, per scenario, beside the one-route Remix ceilings'
// measured the same way in the same run. Requests go one after another and the server's CPU is
// read from /proc before and after, so the figure is what a request costs the process, not how
// long it waited for a core: it holds on a shared, loaded machine where req/s and p99 do not.
// On PostgreSQL the database cluster's CPU per request is given beside it.
// With --profile each scenario's measured requests are also CPU-profiled in the server
// (bench/lib/profiled-server.js) and summarised by package and function.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { cpuPerRequest } from "./lib/cpu-time.js";
import { loginCookie } from "./lib/load.js";
import { summarise } from "./lib/profile-summary.js";
import { addDays, ensureBenchRooms, form, mondayIn } from "./lib/rooms.js";
import { startApp, startRemixCeiling } from "./lib/servers.js";
import { calendarWeek } from "./scenarios/calendar-json.js";

const HELP = `npm run bench:cpu [-- options]
  --requests N          measured requests per scenario, one after another (default 300; 20 warm-up before)
  --db pglite|postgres  only this database
  --profile             also a CPU profile of each scenario's measured requests (bench/.tmp/cpu-profiles/)
  --no-build            use the existing production build
  --write               put the table into docs/PERFORMANCE.md (between the bench-cpu markers)
PostgreSQL: DATABASE_URL's server (its folder in BENCH_PG_DIR, as given to scripts/postgres.sh, for
the database's own CPU), or a throwaway one. Ports BENCH_PORT_BASE (default 3301) … +2.`;
const argv = process.argv.slice(2);
const option = (flag) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
if (argv.includes("--help")) {
  process.stdout.write(`${HELP}\n`);
  process.exit(0);
}
const count = Number(option("--requests") ?? 300);
const onlyDb = option("--db");
const profile = argv.includes("--profile");
const portBase = Number(process.env.BENCH_PORT_BASE ?? 3301);
const tmp = path.resolve("bench/.tmp");
const profileRoot = path.join(tmp, "cpu-profiles");
fs.mkdirSync(tmp, { recursive: true });
const say = (s) => process.stdout.write(`${s}\n`);
const stops = [];
const stopAll = async () => {
  while (stops.length) await stops.pop()();
};
process.on("SIGINT", () => void stopAll().then(() => process.exit(130)));

/** Measures one scenario; with --profile the server profiles exactly the measured requests. */
async function measure(server, name, options) {
  let profiled;
  if (server.profileDir) {
    const warm = options.warmUp ?? 20;
    const request = options.request;
    // The profiler starts after the warm-up's last request and stops after the last measured one.
    let n = 0;
    options = {
      ...options,
      request: async (i) => {
        if (i === warm) process.kill(server.pid, "SIGUSR2");
        n += 1;
        return request(i);
      },
    };
    const result = await cpuPerRequest({ pid: server.pid, pgDataDir: server.pgDataDir, count, ...options });
    process.kill(server.pid, "SIGUSR2");
    server.profiles += 1;
    const done = path.join(server.profileDir, `${server.profiles}.done`);
    for (let t = 0; !fs.existsSync(done); t++) {
      if (t > 200) throw new Error(`no profile from the server for ${name}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const file = path.join(server.profileDir, `${server.profiles}.cpuprofile`);
    const target = path.join(server.profileDir, `${name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}.cpuprofile`);
    fs.renameSync(file, target);
    profiled = { file: path.relative(process.cwd(), target), ...summarise(JSON.parse(fs.readFileSync(target, "utf8")), 12) };
    return { scenario: name, ...result, profiled, requests: n };
  }
  return { scenario: name, ...(await cpuPerRequest({ pid: server.pid, pgDataDir: server.pgDataDir, count, ...options })) };
}

// Without compression, as autocannon asks in `npm run bench` and as the ceilings answer: fetch
// asks for brotli, which cost /login about a quarter of its CPU against ceilings that compress
// nothing (decision 089). The compressed cost has a row of its own.
const get =
  (url, headers = {}) =>
  () =>
    fetch(url, { headers: { "accept-encoding": "identity", ...headers } });

try {
  if (!argv.includes("--no-build")) {
    say("building the production bundle…");
    execFileSync(process.execPath, ["node_modules/@remix-run/dev/dist/cli.js", "build"], { stdio: "ignore" });
  }
  let serverUrl = process.env.DATABASE_URL;
  let pgFolder = process.env.BENCH_PG_DIR;
  if (!serverUrl && onlyDb !== "pglite") {
    pgFolder = path.join(tmp, "pg");
    serverUrl = execFileSync("scripts/postgres.sh", ["start", pgFolder, String(portBase + 52233)], { encoding: "utf8" }).trim();
    stops.push(async () => execFileSync("scripts/postgres.sh", ["stop", pgFolder], { stdio: "ignore" }));
  }
  const [page1, resource1] = await measureCeilings();
  const rows = [];
  const targets = [
    { label: "PGlite", db: "pglite", options: { pgliteDir: path.join(tmp, "cpu-pglite") } },
    { label: "PostgreSQL", db: "postgres" },
  ].filter((t) => !onlyDb || t.db === onlyDb);
  for (const target of targets) {
    if (target.db === "postgres") {
      const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe("DROP DATABASE IF EXISTS werkplaats_bench_cpu WITH (FORCE)");
      await admin.unsafe("CREATE DATABASE werkplaats_bench_cpu");
      await admin.end();
      const url = new URL(serverUrl);
      url.pathname = "/werkplaats_bench_cpu";
      target.options = { databaseUrl: url.toString() };
    }
    say(`starting Werkplaats on ${target.label}…`);
    const profileDir = profile ? path.join(profileRoot, target.db) : undefined;
    if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
    const app = await startApp({
      port: portBase,
      ...target.options,
      ...(profileDir ? { script: "bench/lib/profiled-server.js", extraEnv: { PROFILE_DIR: profileDir } } : {}),
    });
    stops.push(app.stop);
    const server = {
      pid: app.pid,
      profileDir,
      profiles: 0,
      pgDataDir: target.db === "postgres" && pgFolder ? path.join(pgFolder, "data") : undefined,
    };
    const base = `http://127.0.0.1:${portBase}`;
    const label = target.label;
    say("  setting up: a member's session, 500 bookings in one week…");
    const member = await loginCookie(base, "sanne@studio-noord.nl", "welkom-bij-doc");
    const week = await calendarWeek(base);
    const { ids } = await ensureBenchRooms(base);
    // Free one-hour slots for the booking writes: ten rooms, a year ahead, 8:00–21:00.
    const monday = mondayIn(300);
    const slot = (i) => {
      const hour = 8 + (i % 13);
      const day = Math.floor(i / 13 / ids.length);
      return {
        roomId: ids[Math.floor(i / 13) % ids.length],
        date: addDays(monday, day),
        startTime: `${String(hour).padStart(2, "0")}:00`,
        endTime: `${String(hour).padStart(2, "0")}:45`,
        repeat: "none",
        kind: "booking",
      };
    };
    const plans = await fetch(`${base}/plans`);
    await plans.arrayBuffer();
    const etag = plans.headers.get("etag");
    const scenarios = [
      [`GET /login (guest), ${label}`, { request: get(`${base}/login`) }],
      [
        `GET /login (guest), brotli as a browser asks, ${label}`,
        {
          request: get(`${base}/login`, { "accept-encoding": "br, gzip, deflate" }),
          note: "the app compresses; COMPRESSION=false leaves it to a proxy",
        },
      ],
      [`GET / (member), ${label}`, { request: get(`${base}/`, { cookie: member }) }],
      [
        `GET /calendar/items, 10 rooms × 500 bookings (member), ${label}`,
        { request: get(week.url, { cookie: week.cookie }), note: `${week.items} items per answer` },
      ],
      [
        // Every request a range of its own (the start moves by a second), so none is answered from
        // the JSON kept per calendar version (decision 091): what the first ask after a change costs.
        `GET /calendar/items, 500 bookings, each a new range (member), ${label}`,
        {
          request: (i) => {
            const shift = `T00:${String(Math.floor(i / 60) % 60).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}`;
            return get(week.url.replace("T00:00:00", shift), { cookie: week.cookie })();
          },
          note: "not answered from the kept JSON",
        },
      ],
      [`GET /plans again with its ETag (guest), ${label}`, { request: get(`${base}/plans`, { "if-none-match": etag }), expect: [304] }],
      [
        `POST /bookings/new, one after another (member), ${label}`,
        { request: (i) => form(base, "/bookings/new", member, slot(i)), expect: [302], note: "each a new booking in a free slot" },
      ],
    ];
    for (const [name, options] of scenarios) {
      say(`  ${name}`);
      rows.push({ ...(await measure(server, name, options)), note: options.note });
    }
    await stops.pop()();
  }

  const [page2, resource2] = await measureCeilings();
  // The ceilings were measured before and after the app's rows: their mean is the yardstick,
  // both figures are in the notes (how far the machine's load moved during the run).
  const mean = (a, b, name) => ({
    scenario: name,
    appUs: Math.round((a.appUs + b.appUs) / 2),
    wallMs: (a.wallMs + b.wallMs) / 2,
    note: `before the app's rows ${a.appUs} µs, after ${b.appUs} µs`,
  });
  const page = mean(page1, page2, page1.scenario);
  const resource = mean(resource1, resource2, resource1.scenario);

  const table = cpuTable([...rows, page, resource], page.appUs, resource.appUs);
  fs.writeFileSync(path.join(tmp, "cpu.md"), table);
  fs.writeFileSync(path.join(tmp, "cpu.json"), JSON.stringify({ rows, page, resource }, null, 2));
  say(`\n${table}`);
  if (profile) {
    for (const r of rows.filter((r) => r.profiled)) {
      say(`\n${r.scenario} (${r.profiled.file}), self time by package:`);
      for (const [k, v] of r.profiled.packages) say(`  ${v.padStart(7)}  ${k}`);
      say("  by function:");
      for (const [k, v] of r.profiled.functions) say(`  ${v.padStart(7)}  ${k}`);
    }
  }
  if (argv.includes("--write")) {
    const file = "docs/PERFORMANCE.md";
    const current = fs.readFileSync(file, "utf8");
    fs.writeFileSync(
      file,
      current.includes("<!-- bench-cpu:start -->")
        ? current.replace(/<!-- bench-cpu:start -->[\s\S]*<!-- bench-cpu:end -->/, table.trim())
        : `${current.trimEnd()}\n\n${table}`,
    );
  }
} finally {
  await stopAll();
}

/** The one-route Remix app's page and resource route, measured the same way. */
async function measureCeilings() {
  say("ceilings…");
  const remix = await startRemixCeiling(portBase + 2);
  stops.push(remix.stop);
  const ceiling = `http://127.0.0.1:${portBase + 2}`;
  const server = { pid: remix.pid };
  const page = await measure(server, "ceiling: one static Remix route", { request: get(`${ceiling}/`) });
  const resource = await measure(server, "ceiling: one static Remix resource route (JSON)", { request: get(`${ceiling}/items.json`) });
  await stops.pop()();
  return [page, resource];
}

function cpuTable(rows, pageUs, resourceUs) {
  const when = new Date().toISOString().slice(0, 16).replace("T", " ");
  const machine = `${os.cpus().length} cores, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)}`;
  const lines = rows.map((r) => {
    const json = r.scenario.includes("/calendar/") || r.scenario.includes("resource route");
    const ceilingUs = json ? resourceUs : pageUs;
    const share = r.appUs ? `${((ceilingUs / r.appUs) * 100).toFixed(1)} %${json ? " (resource)" : ""}` : "–";
    return `| ${r.scenario} | ${r.appUs} | ${r.dbUs ?? "–"} | ${r.wallMs.toFixed(1)} | ${share} | ${r.note ?? ""} |`;
  });
  return `<!-- bench-cpu:start -->\nMeasured ${when} UTC on ${machine}: \`npm run bench:cpu -- --requests ${count}\`, ${count} requests one after another per row after 20 unmeasured ones; CPU of the server process (and of PostgreSQL's processes) per request, from /proc. "vs ceiling" is the ceiling's CPU per request divided by the row's: the share of the ceiling's throughput the row would reach on the same free core.\n\n| scenario | app µs CPU / request | PostgreSQL µs CPU / request | ms wall / request | vs ceiling | notes |\n|---|---:|---:|---:|---:|---|\n${lines.join("\n")}\n<!-- bench-cpu:end -->\n`;
}
