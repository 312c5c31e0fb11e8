// The message tables on the server (and in tests and scripts): both languages, always there.
// The browser build resolves `#i18n/tables` to browser-tables.ts instead (package.json "imports",
// "browser" condition), so the dictionaries never enter a browser chunk.
import { dictionaries } from "./dictionary";
import type { Locale } from "./locales";

export function messageTable(locale: Locale): Readonly<Record<string, string>> {
  return dictionaries[locale];
}

/** Every language is loaded on the server: nothing to fetch, nothing to wait for. */
export function loadMessages(_locale: Locale, _url: string) {}

export function subscribeMessages(_onLoad: () => void) {
  return () => {};
}

export function messagesLoaded() {
  return 0;
}
