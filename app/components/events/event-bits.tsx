import { StatusBadge } from "~/components/ui/status-badge";
import { useLocale, useT, type Locale } from "~/modules/i18n";
import { formatWhen } from "~/utils/dates";

/** The event's text in the reader's language, falling back to Dutch. */
export function localised(
  e: { titleNl: string; titleEn: string | null; descriptionNl: string; descriptionEn: string | null },
  locale: Locale,
) {
  return {
    title: locale === "en" && e.titleEn ? e.titleEn : e.titleNl,
    description: locale === "en" && e.descriptionEn ? e.descriptionEn : e.descriptionNl,
  };
}

/** Places left / full / closed as text and colour. */
export function AvailabilityBadge({ state, placesLeft }: { state: string; placesLeft: number }) {
  const t = useT();
  switch (state) {
    case "open":
      return <StatusBadge tone="good">{t("events.placesLeft", { count: placesLeft })}</StatusBadge>;
    case "full":
      return <StatusBadge tone="warn">{t("events.state.full")}</StatusBadge>;
    case "cancelled":
      return <StatusBadge tone="bad">{t("events.state.cancelled")}</StatusBadge>;
    case "notYet":
      return <StatusBadge tone="info">{t("events.state.notYet")}</StatusBadge>;
    case "draft":
      return <StatusBadge tone="neutral">{t("events.status.draft")}</StatusBadge>;
    default:
      return <StatusBadge tone="neutral">{t("events.state.closed")}</StatusBadge>;
  }
}

/** "do 17 dec. 2026, 09:00–17:00", or every day with its hours when it runs over more than one. */
export function When({ start, end }: { start: string | Date; end: string | Date }) {
  return <>{formatWhen(start, end, useLocale())}</>;
}
