import { messageTable, noteKey } from "#i18n/tables";
import type { MessageKey } from "./dictionary";
import type { Locale } from "./locales";

export type Vars = Record<string, string | number>;

/** Whether `key` is in the dictionary (on the server: the Dutch source, which every language has). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messageTable("nl"), key);
}

/**
 * Looks a key up in the locale's dictionary and fills {placeholders}. Strings that are not keys
 * (zod messages are keys, but a stray one may not be) become the generic "invalid" message rather
 * than leaking English library text.
 */
export function translate(locale: Locale, key: string, vars?: Vars): string {
  const table = messageTable(locale);
  // In the browser a word the page's words lack is fetched; nothing shows until it arrives.
  if (noteKey(locale, key)) return "";
  const template = Object.hasOwn(table, key) ? (table[key] as string) : (table["errors.invalid"] ?? key);
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

export type Translate = (key: MessageKey | (string & {}), vars?: Vars) => string;

export function translator(locale: Locale): Translate {
  return (key, vars) => translate(locale, key, vars);
}
