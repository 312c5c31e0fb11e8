import type { Locale } from "~/modules/i18n";

/** An activity's title in the reader's language: the English one where staff gave it, else the Dutch. */
export const hackathonTitle = (event: { titleNl: string; titleEn: string | null }, locale: Locale) =>
  locale === "en" && event.titleEn ? event.titleEn : event.titleNl;
