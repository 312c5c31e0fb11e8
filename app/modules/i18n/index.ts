// What the browser and the server may use of i18n: client-safe code only, never a .server file.
export { type MessageKey, translate, translator, type Vars } from "./dictionary";
export { defaultLocale, intlLocale, isLocale, type Locale, locales, negotiateLocale } from "./locales";
export { useLocale, useT } from "./use-t";
