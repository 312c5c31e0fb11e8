import { useRouteLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { translator, type Translate } from "./dictionary";
import { defaultLocale, isLocale, type Locale } from "./locales";

/** The UI language, from the root loader (or the page's lang attribute in an error boundary). */
export function useLocale(): Locale {
  const data = useRouteLoaderData<{ locale?: Locale }>("root");
  if (data?.locale) return data.locale;
  if (typeof document !== "undefined" && isLocale(document.documentElement.lang)) return document.documentElement.lang;
  return defaultLocale;
}

export function useT(): Translate {
  const locale = useLocale();
  return useMemo(() => translator(locale), [locale]);
}
