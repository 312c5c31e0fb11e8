// JavaScript and CSS per page on a first visit (gzip), read off the production build in
// public/build: entry, the matched routes' modules and the chunks they import (Remix's manifest),
// their stylesheets, and the words script the rendered page names (only the words it renders).
// `npm run bench` runs it once its first server is up, with each page's words fetched as its
// visitor (bench/.tmp/page-words.json), and writes the table into docs/PERFORMANCE.md. Alone,
// after a build: `node --import tsx bench/bundles.ts`, which counts the complete table instead.
// Chunks loaded later with import() (FullCalendar on /calendar) are not counted.
import fs from "node:fs";
import os from "node:os";
import { messagesScript } from "~/modules/i18n/index.server";
import { pageWeight, readManifest } from "./lib/page-weight.js";

const PAGES = [
  ["/login", "log in (guest)"],
  ["/", "member start page"],
  ["/calendar", "room calendar"],
  ["/events", "events"],
  ["/plans", "plans and prices"],
  ["/bookings", "my bookings"],
  ["/admin/invoices", "invoices (manager)"],
  ["/werkplaats/intake", "intake board (workshop)"],
];

const root = process.cwd();
const manifest = readManifest(root);
type Words = { name: string; text: string }[];
const wordsFile = "bench/.tmp/page-words.json";
const rendered: Record<string, Words> | undefined = fs.existsSync(wordsFile) ? JSON.parse(fs.readFileSync(wordsFile, "utf8")) : undefined;
const all = messagesScript("nl");
const wordsOf = (url: string): Words => rendered?.[url] ?? [{ name: all.url, text: all.body }];
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const rows = PAGES.map(([url = "", label]) => {
  const w = pageWeight(root, manifest, url, wordsOf(url));
  const words = w.js - pageWeight(root, manifest, url).js;
  return `| ${url} | ${label} | ${kb(w.js)} | ${kb(words)} | ${kb(w.css)} | ${kb(w.js + w.css)} | ${w.files} |`;
});
const when = new Date().toISOString().slice(0, 16).replace("T", " ");
const table = [
  "<!-- bench-bundles:start -->",
  `Measured ${when} UTC with Node ${process.version} on ${os.cpus().length} cores. KB gzip on a first visit; the JS includes the words ${rendered ? "script the rendered page names (Dutch, as its visitor)" : "of the complete Dutch table (run alone: no rendered pages)"}. Goal for the member start page: JS ≤ 120 KB.`,
  "",
  "| page | what | JS KB | of which words | CSS KB | total KB | files |",
  "|---|---|---:|---:|---:|---:|---:|",
  ...rows,
  "<!-- bench-bundles:end -->",
].join("\n");
for (const row of rows) process.stdout.write(`${row}\n`);

const file = "docs/PERFORMANCE.md";
const current = fs.readFileSync(file, "utf8");
fs.writeFileSync(
  file,
  current.includes("<!-- bench-bundles:start -->")
    ? current.replace(/<!-- bench-bundles:start -->[\s\S]*<!-- bench-bundles:end -->/, table)
    : current.replace("<!-- bench-jobs:start -->", `${table}\n\n<!-- bench-jobs:start -->`),
);
