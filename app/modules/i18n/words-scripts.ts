// The words as scripts for the browser: a language's complete table, and a page's own groups.
// Server-only in use (the browser build resolves #i18n/tables elsewhere); not named .server
// because tables.ts, which the import rules count as client code, builds on it.
import { createHash } from "node:crypto";
import { dictionaries, type MessageKey } from "./dictionary";
import { type Locale, messagesPath } from "./locales";

type MessagesScript = { url: string; body: string; version: string };

/**
 * The words as a script that hands them to browser-tables.ts: `window.__werkplaatsMessages` gets
 * the table (merged with what earlier scripts brought), `window.__werkplaatsWords` the URL of the
 * complete table (fetched when the app needs a word it lacks) and, for a page's own words, the
 * script's URL (so hydration renders the same script tags the server did).
 */
function scriptBody(locale: Locale, table: Record<string, string>, fullUrl: string, pageUrl: string | null) {
  const args = [JSON.stringify(locale), JSON.stringify(table), JSON.stringify(fullUrl), JSON.stringify(pageUrl)].join(",");
  return `(function(w,l,t,f,u){var m=w.__werkplaatsMessages=w.__werkplaatsMessages||{};m[l]=Object.assign(m[l]||{},t);var p=w.__werkplaatsWords=w.__werkplaatsWords||{pages:[],full:{},complete:{}};p.full[l]=f;if(u)p.pages.push(u);else p.complete[l]=1})(window,${args});\n`;
}

const scripts = new Map<Locale, MessagesScript>();

/**
 * One language's words, all of them, as a script. Made once per process: the words only change
 * with a new build. The URL carries a hash of the content, so the browser keeps it for a year
 * and a new build's words get a new URL.
 */
export function messagesScript(locale: Locale): MessagesScript {
  let script = scripts.get(locale);
  if (!script) {
    const json = JSON.stringify(dictionaries[locale]);
    const version = createHash("sha256").update(json).digest("base64url").slice(0, 12);
    const url = `${messagesPath(locale)}?v=${version}`;
    script = { url, body: scriptBody(locale, dictionaries[locale], url, null), version };
    scripts.set(locale, script);
  }
  return script;
}

// A page gets the words of the groups its render used: a group is a key without its last part
// ("billing.nav.myInvoices" → "billing.nav"), so a page's words are a few whole groups and pages
// of one area share their scripts in the browser's cache. The URL names the groups, so any
// instance behind a load balancer can answer it.
const groupOf = (key: string) => key.slice(0, Math.max(key.lastIndexOf("."), 0)) || key;
let groups: Map<string, MessageKey[]> | undefined;
function keyGroups() {
  if (!groups) {
    groups = new Map();
    for (const key of Object.keys(dictionaries.nl) as MessageKey[]) {
      const group = groupOf(key);
      groups.set(group, [...(groups.get(group) ?? []), key]);
    }
  }
  return groups;
}

// Words a page shows without the server having rendered them: a button's pending label
// ("common.loading" while any form is sent) and the form errors an action sends back. Small
// (about 1 KB gzip), so every page gets them rather than a blank while the rest is fetched.
const EVERY_PAGE = ["common", "errors"];

/** The script URLs of the words behind `keys` (one script; none when no key is a word). */
export function pageWordsUrls(locale: Locale, keys: Iterable<string>): string[] {
  const known = keyGroups();
  const used = [...new Set([...[...keys].map(groupOf), ...EVERY_PAGE])].filter((g) => known.has(g)).sort();
  if (used.length === 0) return [];
  return [`${messagesPath(locale)}?g=${used.map(encodeURIComponent).join(",")}&v=${messagesScript(locale).version}`];
}

// Scripts per group list, made on demand; the lists come from pages, but a client may ask any, so
// the cache is bounded.
const partScripts = new Map<string, string>();
const MAX_CACHED_PARTS = 500;
const MAX_GROUPS = 1000;

export function partScript(locale: Locale, list: string): string | undefined {
  const cacheKey = `${locale}:${list}`;
  const cached = partScripts.get(cacheKey);
  if (cached) return cached;
  const names = list.split(",");
  const known = keyGroups();
  if (names.length > MAX_GROUPS || !names.every((g) => known.has(g))) return undefined;
  const table: Record<string, string> = {};
  for (const g of names) for (const key of known.get(g) ?? []) table[key] = dictionaries[locale][key];
  const url = `${messagesPath(locale)}?g=${names.map(encodeURIComponent).join(",")}&v=${messagesScript(locale).version}`;
  const body = scriptBody(locale, table, messagesScript(locale).url, url);
  if (partScripts.size >= MAX_CACHED_PARTS) partScripts.clear();
  partScripts.set(cacheKey, body);
  return body;
}
