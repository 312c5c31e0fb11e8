// What the browser and the server may use of i18n: client-safe code only, never a .server file.
export type { MessageKey } from "./dictionary";
export { isMessageKey, translate, translator, type Translate, type Vars } from "./translate";
export { defaultLocale, intlLocale, isLocale, type Locale, locales, messagesPath, negotiateLocale } from "./locales";
export { hasMessages, loadMessages, noteWordsWhile, pageWordsScripts } from "#i18n/tables";
export { useLocale, useT } from "./use-t";
