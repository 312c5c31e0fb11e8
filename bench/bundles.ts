// JavaScript and CSS per page on a first visit (gzip), read off the production build in
// public/build: entry, the matched routes' modules and the chunks they import (Remix's manifest),
// their stylesheets, and the visitor's words (/i18n/nl.js). `npm run bench` runs it after its
// build and writes the table into docs/PERFORMANCE.md; alone: `node --import tsx bench/bundles.ts`
// after a build. Chunks loaded later with import() (FullCalendar on /calendar) are not counted.
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
const words = messagesScript("nl");
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const rows = PAGES.map(([url, label]) => {
  const w = pageWeight(root, manifest, url, [{ name: words.url, text: words.body }]);
  return `| ${url} | ${label} | ${kb(w.js)} | ${kb(w.css)} | ${kb(w.js + w.css)} | ${w.files} |`;
});
const wordsKb = kb(pageWeight(root, manifest, "/", [{ name: words.url, text: words.body }]).js - pageWeight(root, manifest, "/").js);
const when = new Date().toISOString().slice(0, 16).replace("T", " ");
const table = [
  "<!-- bench-bundles:start -->",
  `Measured ${when} UTC with Node ${process.version} on ${os.cpus().length} cores. KB gzip on a first visit; the JS includes one language's words (${wordsKb} KB). Goal for the member start page: JS ≤ 120 KB.`,
  "",
  "| page | what | JS KB | CSS KB | total KB | files |",
  "|---|---|---:|---:|---:|---:|",
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
