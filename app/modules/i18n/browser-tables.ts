// The message tables in the browser: only the visitor's language, and of it only the words the
// page rendered with, which the page loads as a script before the app starts (root.tsx renders
// it; the server serves it, see messages-script.server.ts). The first client-side navigation, a
// word the page lacks, or a switch of language (the language button, logging in as a user who
// chose the other one) fetches the language's complete table once; until it arrives the words
// stay as they are, then every useT() renders again.
import type { Locale } from "./locales";

type Tables = Partial<Record<Locale, Record<string, string>>>;
type Words = { pages: string[]; full: Partial<Record<Locale, string>>; complete: Partial<Record<Locale, 1>> };
declare global {
  interface Window {
    __werkplaatsMessages?: Tables;
    __werkplaatsWords?: Words;
  }
}

const loaded = (): Tables => (typeof window === "undefined" ? {} : (window.__werkplaatsMessages ?? {}));
const words = (): Words => (typeof window === "undefined" ? undefined : window.__werkplaatsWords) ?? { pages: [], full: {}, complete: {} };

export function messageTable(locale: Locale): Readonly<Record<string, string>> {
  const tables = loaded();
  return tables[locale] ?? tables.nl ?? tables.en ?? {};
}

/**
 * A key the page's words lack (a form error, a page reached by navigation): fetch the complete
 * table. True while the word is on its way (the caller shows nothing until it arrives).
 */
export function noteKey(locale: Locale, key: string): boolean {
  const table = loaded()[locale];
  const info = words();
  const url = info.full[locale];
  if (!table || Object.hasOwn(table, key) || info.complete[locale] || !url) return false;
  loadMessages(locale, url);
  return true;
}

export function noteWordsWhile<T>(render: () => T): T {
  return render();
}

// The page's own word scripts as the server rendered them, so hydration renders the same tags.
let pageScripts: string[] | undefined;
export function pageWordsScripts(_locale: Locale): string[] {
  pageScripts ??= [...words().pages];
  return pageScripts;
}

const listeners = new Set<() => void>();
const requested = new Set<string>();
// Counts tables that arrived after the app started: the snapshot React compares to re-render.
let arrivals = 0;

/** Whether any words of the language are here (not, after a switch of language). */
export function hasMessages(locale: Locale) {
  return Boolean(loaded()[locale]);
}

/** Fetches a language's complete table unless it is there or on its way. */
export function loadMessages(locale: Locale, url: string) {
  if (words().complete[locale] || requested.has(url)) return;
  requested.add(url);
  const script = document.createElement("script");
  script.src = url;
  script.onload = () => {
    arrivals++;
    for (const listener of listeners) listener();
  };
  // A failed load leaves the words as they are; the next need tries again.
  script.onerror = () => requested.delete(url);
  document.head.append(script);
}

export function subscribeMessages(onLoad: () => void) {
  listeners.add(onLoad);
  return () => listeners.delete(onLoad);
}

export function messagesLoaded() {
  return arrivals;
}
