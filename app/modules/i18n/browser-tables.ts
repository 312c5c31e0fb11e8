// The message tables in the browser: only the visitor's language, which the page loads as a
// script before the app starts (root.tsx renders it; the server serves it, see
// messages-script.server.ts). A later switch of language (the language button, logging in as a
// user who chose the other one) fetches the other table once; until it arrives the words stay
// in the language already there, then every useT() renders again.
import type { Locale } from "./locales";

type Tables = Partial<Record<Locale, Record<string, string>>>;
declare global {
  interface Window {
    __werkplaatsMessages?: Tables;
  }
}

const loaded = (): Tables => (typeof window === "undefined" ? {} : (window.__werkplaatsMessages ?? {}));

export function messageTable(locale: Locale): Readonly<Record<string, string>> {
  const tables = loaded();
  return tables[locale] ?? tables.nl ?? tables.en ?? {};
}

const listeners = new Set<() => void>();
const requested = new Set<string>();
// Counts tables that arrived after the app started: the snapshot React compares to re-render.
let arrivals = 0;

export function loadMessages(locale: Locale, url: string) {
  if (loaded()[locale] || requested.has(url)) return;
  requested.add(url);
  const script = document.createElement("script");
  script.src = url;
  script.onload = () => {
    arrivals++;
    for (const listener of listeners) listener();
  };
  // A failed load leaves the words in the language already there; the next switch tries again.
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
