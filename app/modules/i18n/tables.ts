// The message tables on the server (and in tests and scripts): both languages, always there.
// The browser build resolves `#i18n/tables` to browser-tables.ts instead (package.json "imports",
// "browser" condition), so the dictionaries never enter a browser chunk.
import { AsyncLocalStorage } from "node:async_hooks";
import { dictionaries } from "./dictionary";
import type { Locale } from "./locales";
import { pageWordsUrls } from "./words-scripts";

export function messageTable(locale: Locale): Readonly<Record<string, string>> {
  return dictionaries[locale];
}

// The keys a page's render looked up, so the page sends the browser those words and no others.
const rendering = new AsyncLocalStorage<Set<string>>();

/** Runs a page's render, noting every key it translates (entry.server wraps React's render). */
export function noteWordsWhile<T>(render: () => T): T {
  return rendering.run(new Set(), render);
}

/** Notes a key the render uses; on the server the word is always there (false: not pending). */
export function noteKey(_locale: Locale, key: string): boolean {
  rendering.getStore()?.add(key);
  return false;
}

/**
 * The scripts that give the browser the words this page rendered with. Called after the page's
 * content in the document, so every key of the render is noted by then (React renders siblings
 * in order). Outside a noted render (tests, scripts): none.
 */
export function pageWordsScripts(locale: Locale): string[] {
  const keys = rendering.getStore();
  return keys ? pageWordsUrls(locale, keys) : [];
}

/** Every language is loaded on the server: nothing to fetch, nothing to wait for. */
export function hasMessages(_locale: Locale) {
  return true;
}

export function loadMessages(_locale: Locale, _url: string) {}

export function subscribeMessages(_onLoad: () => void) {
  return () => {};
}

export function messagesLoaded() {
  return 0;
}
