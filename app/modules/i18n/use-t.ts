import { messagesLoaded, subscribeMessages } from "#i18n/tables";
import { useRouteLoaderData } from "@remix-run/react";
import { useMemo, useSyncExternalStore } from "react";
import { defaultLocale, isLocale, type Locale } from "./locales";
import { translator, type Translate } from "./translate";

/** The UI language, from the root loader (or the page's lang attribute in an error boundary). */
export function useLocale(): Locale {
  const data = useRouteLoaderData<{ locale?: Locale }>("root");
  if (data?.locale) return data.locale;
  if (typeof document !== "undefined" && isLocale(document.documentElement.lang)) return document.documentElement.lang;
  return defaultLocale;
}

export function useT(): Translate {
  const locale = useLocale();
  // In the browser, a language fetched after a switch renders the words again when it arrives.
  const arrivals = useSyncExternalStore(subscribeMessages, messagesLoaded, () => 0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: arrivals is the reason to translate again
  return useMemo(() => translator(locale), [locale, arrivals]);
}
