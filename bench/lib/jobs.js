// The benchmarks that are not HTTP load: the monthly billing run for 10,000 memberships on the
// PostgreSQL server, one invoice's PDF and UBL, the demo seed on a fresh PGlite and `npm start`
// on an empty and on an unchanged PGlite folder. Each is a
// script of its own (runnable alone, see its header); here they run as child processes and
// their printed figures become rows of the report's second table.
import { execFileSync } from "node:child_process";

function tsx(script, args, env = {}) {
  let out;
  try {
    out = execFileSync(process.execPath, [...(script.endsWith(".js") ? [] : ["--import", "tsx"]), script, ...args], {
      encoding: "utf8",
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
  } catch (error) {
    // The seed and start-up scripts exit 1 above their limit after printing the figure: it still counts.
    out = error.stdout ?? "";
  }
  // Log lines are JSON; the figures are plain text.
  return out.split("\n").filter((line) => line && !line.startsWith("{"));
}

/** A figure read off a script's output line, as a number. */
const figure = (line, pattern) => Number(line?.match(pattern)?.[1] ?? Number.NaN);

/** Rows: { job, figure, unit, goal, notes }. `databaseUrl` is the PostgreSQL server. */
export function runJobs({ databaseUrl, memberships = 10_000, say = () => {} }) {
  const rows = [];
  say(`  billing run, ${memberships} memberships, PostgreSQL`);
  const run = tsx("bench/billing-run.ts", [String(memberships)], { DATABASE_URL: databaseUrl });
  const preview = run.find((l) => l.startsWith("billing run preview"));
  const issue = run.find((l) => l.startsWith("billing run issue"));
  rows.push(
    {
      job: `billing run preview, ${memberships.toLocaleString("en")} memberships, PostgreSQL`,
      figure: figure(preview, /: ([\d.]+) s/),
      unit: "s",
      goal: "",
      notes: preview?.replace(/^.*?s /, "") ?? "",
    },
    {
      job: `billing run issue, ${memberships.toLocaleString("en")} memberships, PostgreSQL`,
      figure: figure(issue, /: ([\d.]+) s/),
      unit: "s",
      goal: "< 10 s",
      notes: issue?.match(/\((.*?);/)?.[1] ?? "",
    },
  );
  say("  invoice documents");
  const docs = tsx("bench/documents.ts", ["200"]);
  for (const name of ["PDF", "UBL"]) {
    const line = docs.find((l) => l.startsWith(`${name} per invoice`));
    rows.push({
      job: `${name} per invoice (20 lines)`,
      figure: figure(line, /median ([\d.]+) ms/),
      unit: "ms",
      goal: "",
      notes: line ? `p95 ${figure(line, /p95 ([\d.]+) ms/)} ms, 200 runs after a warm-up` : "",
    });
  }
  say("  demo seed, fresh PGlite");
  const seed = tsx("bench/seed-time.ts", []).find((l) => l.startsWith("demo seed"));
  rows.push({
    job: "demo seed on a fresh PGlite (a year of invoices by the billing run)",
    figure: figure(seed, /: (\d+) ms/),
    unit: "ms",
    goal: "< 15,000 ms",
    notes: "",
  });
  say("  npm start, empty and unchanged PGlite folder");
  const starts = tsx("bench/start-up.js", []);
  const first = starts.find((l) => l.startsWith("first start"));
  const again = starts.find((l) => l.startsWith("start again"));
  rows.push(
    {
      job: "`npm start` on an empty PGlite folder, to the first answer after the build",
      figure: figure(first, /: (\d+) ms/),
      unit: "ms",
      goal: "≤ 20,000 ms",
      notes: first?.match(/\((.*)\)/)?.[1] ?? "",
    },
    {
      job: "`npm start` again, nothing changed, PGlite, to the first answer",
      figure: figure(again, /: (\d+) ms/),
      unit: "ms",
      goal: "< 5,000 ms",
      notes: again?.match(/\((.*)\)/)?.[1] ?? "",
    },
  );
  return rows;
}

/** The jobs' table for docs/PERFORMANCE.md, between its own markers. */
export function jobsTable(rows, when, machine) {
  const lines = rows.map((r) => `| ${r.job} | ${Number.isNaN(r.figure) ? "failed" : `${r.figure} ${r.unit}`} | ${r.goal} | ${r.notes} |`);
  return `<!-- bench-jobs:start -->\nMeasured ${when} UTC on ${machine}.\n\n| job | figure | goal | notes |\n|---|---:|---|---|\n${lines.join("\n")}\n<!-- bench-jobs:end -->`;
}
