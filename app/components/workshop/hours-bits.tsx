import { Form } from "@remix-run/react";
import { TextField, useClearedOnSuccess } from "~/components/form";
import { Button } from "~/components/ui/button";
import { useLocale, useT } from "~/modules/i18n";
import { formatHours } from "~/modules/workshop";
import { formatDate } from "~/utils/dates";
import type { FormReply } from "~/utils/forms";

/** Someone on the team logs hours: the day, how long in quarters, on what. */
export function HoursForm({
  reply,
  today,
  mine,
}: {
  reply: FormReply | null | undefined;
  today: string;
  mine: { totalMinutes: number; entries: { id: string; workedOn: string; minutes: number; note: string }[] };
}) {
  const t = useT();
  const clear = useClearedOnSuccess(reply);
  const locale = useLocale();
  return (
    <section className="card space-y-3" aria-labelledby="hours-title">
      <h2 id="hours-title" className="text-xl font-bold">
        {t("workshop.hours.title")}
      </h2>
      <p className="text-slate-700">{t("workshop.hours.intro")}</p>
      <Form
        ref={clear.ref}
        onSubmit={clear.onSubmit}
        method="post"
        className="grid items-end gap-3 sm:grid-cols-[auto_auto_1fr_auto]"
        noValidate
      >
        <input type="hidden" name="intent" value="hours" />
        <TextField name="workedOn" type="date" label={t("workshop.hours.day")} defaultValue={today} max={today} reply={reply} />
        <TextField name="hours" label={t("workshop.hours.hours")} inputMode="decimal" reply={reply} className="input w-24" />
        <TextField name="note" label={t("workshop.hours.note")} optional reply={reply} />
        <Button type="submit" variant="secondary">
          {t("workshop.hours.log")}
        </Button>
      </Form>
      <p className="text-sm text-slate-700">{t("workshop.hours.hoursHint")}</p>
      <p>{t("workshop.hours.mine", { hours: formatHours(mine.totalMinutes, locale) })}</p>
      {mine.entries.length > 0 ? (
        <ul className="space-y-1 text-sm break-words">
          {mine.entries.map((e) => (
            <li key={e.id}>
              {formatDate(e.workedOn, locale)} · {t("workshop.hours.value", { hours: formatHours(e.minutes, locale) })}
              {e.note ? ` · ${e.note}` : ""}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

type Overview = {
  totalMinutes: number;
  perPerson: { userId: string; name: string; role: string; minutes: number }[];
  perMilestone: { milestoneId: string | null; minutes: number }[];
};

/** Staff's totals: per person (with their role on the trajectory) and per milestone. */
export function HoursOverview({ hours, milestoneTitle }: { hours: Overview; milestoneTitle: (id: string) => string }) {
  const t = useT();
  const locale = useLocale();
  const role = (r: string) => (r === "expert" ? t("workshop.hours.role.expert") : t(`workshop.trajectory.role.${r as "student"}`));
  return (
    <section className="card space-y-3" aria-labelledby="hours-title">
      <h2 id="hours-title" className="text-xl font-bold">
        {t("workshop.hours.title")}
      </h2>
      {hours.totalMinutes === 0 ? (
        <p className="text-slate-700">{t("workshop.hours.none")}</p>
      ) : (
        <>
          <p className="font-semibold">{t("workshop.hours.total", { hours: formatHours(hours.totalMinutes, locale) })}</p>
          <div className="grid gap-5 md:grid-cols-2">
            <table className="w-full text-left text-sm">
              <caption className="mb-1 text-left font-semibold">{t("workshop.hours.perPerson")}</caption>
              <tbody>
                {hours.perPerson.map((p) => (
                  <tr key={p.userId} className="border-t border-slate-200">
                    <th scope="row" className="py-1 pr-2 font-normal break-words">
                      {p.name} <span className="text-slate-600">· {role(p.role)}</span>
                    </th>
                    <td className="py-1 text-right tabular-nums">{formatHours(p.minutes, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className="w-full text-left text-sm">
              <caption className="mb-1 text-left font-semibold">{t("workshop.hours.perMilestone")}</caption>
              <tbody>
                {hours.perMilestone.map((m) => (
                  <tr key={m.milestoneId ?? "after"} className="border-t border-slate-200">
                    <th scope="row" className="py-1 pr-2 font-normal break-words">
                      {m.milestoneId ? milestoneTitle(m.milestoneId) : t("workshop.hours.afterLast")}
                    </th>
                    <td className="py-1 text-right tabular-nums">{formatHours(m.minutes, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="text-sm text-slate-600">{t("workshop.hours.perMilestoneHint")}</p>
        </>
      )}
    </section>
  );
}
