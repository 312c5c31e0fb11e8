import { StatusBadge } from "~/components/ui/status-badge";
import { useLocale, useT } from "~/modules/i18n";
import { formatDay } from "~/utils/calendar";

const tones = { invited: "info", accepted: "good", declined: "neutral", ended: "neutral" } as const;

/** An expert's place on a trajectory, as a badge (text and colour). */
export function PlaceStatus({ status }: { status: keyof typeof tones }) {
  const t = useT();
  return <StatusBadge tone={tones[status]}>{t(`workshop.experts.status.${status}`)}</StatusBadge>;
}

/** "3 uur per maand, 1 dec 2026 t/m 28 feb 2027". */
export function PlaceHours({ place }: { place: { hoursPerMonth: number; startsOn: string; endsOn: string } }) {
  const t = useT();
  const locale = useLocale();
  return (
    <span>
      {t("workshop.experts.perMonth", {
        hours: place.hoursPerMonth,
        from: formatDay(place.startsOn, locale, "short"),
        to: formatDay(place.endsOn, locale, "short"),
      })}
    </span>
  );
}
