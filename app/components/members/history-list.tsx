import { useLocale, useT } from "~/modules/i18n";
import { formatDay, isIsoDate } from "~/utils/calendar";
import { formatDateTime } from "~/utils/dates";

type Event = { id: string; kind: string; details: Record<string, string | number | null>; at: string | Date; actor: string | null };

const DATE_KEYS = ["startDate", "effectiveOn", "from", "to", "endDate", "requested", "lastDay"];

/** Which sentence tells an event, given what its details hold. */
function messageKey(e: Event) {
  const d = e.details;
  if (e.kind === "applied" && d.company) return "membership.event.appliedCompany";
  if (e.kind === "paused" && d.reason) return "membership.event.pausedReason";
  if (e.kind === "desk_assigned" && d.to) return "membership.event.desk_assignedUntil";
  if (e.kind === "desk_ended" && !d.desk) return "membership.event.desk_endedAll";
  return `membership.event.${e.kind}`;
}

/** The history of a membership: who did what when, oldest first. */
export function HistoryList({ events }: { events: Event[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ol className="relative space-y-4 border-l-2 border-slate-200 pl-5">
      {events.map((e) => {
        const vars: Record<string, string | number> = {};
        for (const [k, v] of Object.entries(e.details)) {
          if (v === null) continue;
          vars[k] = DATE_KEYS.includes(k) && isIsoDate(v) ? formatDay(v, locale) : v;
        }
        return (
          <li key={e.id} className="relative">
            <span aria-hidden className="absolute top-1.5 -left-[1.65rem] h-3 w-3 rounded-full border-2 border-white bg-accent" />
            <p className="font-semibold">{t(messageKey(e), vars)}</p>
            <p className="text-sm text-slate-600">
              <time dateTime={new Date(e.at).toISOString()}>{formatDateTime(e.at, locale)}</time> ·{" "}
              {e.actor ? t("membership.event.by", { name: e.actor }) : t("membership.event.bySystem")}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
