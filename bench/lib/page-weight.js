// What a browser downloads for a page on a first visit, read off the production build: the entry
// module, the modules of every route the URL matches and the chunks they import (as Remix's
// manifest lists them, so also what <Scripts> preloads), and the stylesheets those modules link.
// Sizes are gzip at level 6 (what `compression` sends), counted once per file.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { loginCookie } from "./load.js";

/** The client manifest of the build in `root`/public/build (the file <Scripts> would load). */
export function readManifest(root) {
  const dir = path.join(root, "public", "build");
  const file = fs.readdirSync(dir).find((f) => /^manifest-[A-Z0-9]+\.js$/.test(f));
  if (!file) throw new Error(`no manifest in ${dir}: build first`);
  const sandbox = { window: {} };
  vm.runInNewContext(fs.readFileSync(path.join(dir, file), "utf8"), sandbox);
  return sandbox.window.__remixManifest;
}

/** A route's URL: its parents' paths and its own, joined. */
function fullPath(manifest, route) {
  const parts = [];
  for (let r = route; r; r = manifest.routes[r.parentId]) if (r.path) parts.unshift(r.path);
  return `/${parts.join("/")}`;
}

/**
 * The routes a URL without parameters renders, root first: the route whose whole path is the URL
 * (its index route when it has one), and its parents. Enough for the pages measured here; the
 * router's ranking of dynamic segments is not needed for them.
 */
function matchedRoutes(manifest, url) {
  const candidates = Object.values(manifest.routes).filter((r) => fullPath(manifest, r) === url);
  const leaf = candidates.find((r) => r.index) ?? candidates.find((r) => !candidates.some((c) => c.parentId === r.id));
  if (!leaf) throw new Error(`no route renders ${url}`);
  const chain = [];
  for (let r = leaf; r; r = manifest.routes[r.parentId]) chain.unshift(r);
  return chain;
}

const gzipped = (bytes) => gzipSync(bytes, { level: 6 }).length;

/**
 * The bytes a first visit of `url` fetches, split into JS and CSS, both gzip. `extra` are files
 * the page loads beside the manifest's (the dictionary script), as { name, text }.
 */
export function pageWeight(root, manifest, url, extra = []) {
  const routes = matchedRoutes(manifest, url);
  const modules = new Set([manifest.entry.module, ...manifest.entry.imports]);
  for (const route of routes) for (const file of [route.module, ...(route.imports ?? [])]) modules.add(file);
  const read = (href) => fs.readFileSync(path.join(root, "public", href));
  let js = 0;
  const stylesheets = new Set();
  for (const href of modules) {
    const bytes = read(href);
    js += gzipped(bytes);
    // A route's `links` name its stylesheets as string literals in its module or a chunk it imports.
    for (const m of bytes.toString("utf8").matchAll(/"(\/build\/_assets\/[\w.-]+\.css)"/g)) stylesheets.add(m[1]);
  }
  // Chunks loaded with import() (the calendar's FullCalendar) come later, on demand: not counted.
  let css = 0;
  for (const href of stylesheets) css += gzipped(read(href));
  for (const file of extra) js += gzipped(Buffer.from(file.text));
  return { url, routes: routes.map((r) => r.id), files: modules.size + stylesheets.size + extra.length, js, css };
}

/** Every chunk a URL's first visit loads, to check what a page does not carry (FullCalendar). */
export function pageModules(manifest, url) {
  const files = new Set([manifest.entry.module, ...manifest.entry.imports]);
  for (const route of matchedRoutes(manifest, url)) {
    for (const file of [route.module, ...(route.imports ?? [])]) files.add(file);
  }
  return files;
}

/** The URL of every page without parameters (`:id`, `*`) in the build. */
export function staticUrls(manifest) {
  const urls = Object.values(manifest.routes).map((route) => fullPath(manifest, route));
  return [...new Set(urls)].filter((url) => !/[:*]/.test(url));
}

// Who visits each page of the bundles table, to fetch the words script its rendered HTML names.
const VISITORS = {
  "/login": null,
  "/plans": null,
  "/events": null,
  "/": "sanne@studio-noord.nl",
  "/calendar": "sanne@studio-noord.nl",
  "/bookings": "sanne@studio-noord.nl",
  "/admin/invoices": "beheer@doc-dordrecht.nl",
  "/werkplaats/intake": "beheer@doc-dordrecht.nl",
};

/** Per page, the words scripts a Dutch visitor's first visit loads, from a running server. */
export async function pageWords(base, password = "welkom-bij-doc") {
  const cookies = {};
  const result = {};
  for (const [url, email] of Object.entries(VISITORS)) {
    if (email && !cookies[email]) cookies[email] = await loginCookie(base, email, password);
    const headers = { "Accept-Language": "nl", ...(email ? { cookie: cookies[email] } : {}) };
    const html = await (await fetch(`${base}${url}`, { headers })).text();
    const scripts = [...html.matchAll(/<script src="(\/i18n\/[^"]+)"/g)].map((m) => m[1].replaceAll("&amp;", "&"));
    result[url] = await Promise.all(scripts.map(async (name) => ({ name, text: await (await fetch(`${base}${name}`)).text() })));
  }
  return result;
}
