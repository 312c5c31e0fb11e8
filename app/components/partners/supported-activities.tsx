import { Form, Link } from "@remix-run/react";
import { SelectField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { useLocale, useT } from "~/modules/i18n";
import { supportRoles, type SupportRole } from "~/modules/partners";
import { formatDay } from "~/utils/calendar";
import type { FormReply } from "~/utils/forms";

type Activity = {
  eventId: string;
  role: string;
  kind: string;
  titleNl: string;
  titleEn: string | null;
  startsOn: string;
  status: string;
  reach: number;
};
type Option = { id: string; kind: string; titleNl: string; titleEn: string | null; startsOn: string };

/** What the manager may do with an agreement's activities; without it the list is read-only (the partner's own view). */
export type ActivityManaging = { agreementId: string; options: Option[]; reply: FormReply | undefined; busy: boolean };

/** The activities an agreement supports: day, kind, title, what the partner gets there and how many registered. */
export function SupportedActivities({ activities, manage }: { activities: Activity[]; manage?: ActivityManaging }) {
  const t = useT();
  const locale = useLocale();
  const title = (a: { titleNl: string; titleEn: string | null }) => (locale === "en" && a.titleEn ? a.titleEn : a.titleNl);
  return (
    <div className="space-y-2">
      <h4 className="font-semibold">{t("partners.activities.title")}</h4>
      {activities.length === 0 ? (
        <p className="text-sm text-slate-700">{t("partners.activities.none")}</p>
      ) : (
        <ul className="space-y-1">
          {activities.map((a) => (
            <li key={a.eventId} className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 py-1">
              <span>
                <span className="tabular-nums">{formatDay(a.startsOn, locale)}</span> · {t(`eventKind.${a.kind}`)} ·{" "}
                {a.status === "published" ? <Link to={`/events/${a.eventId}`}>{title(a)}</Link> : title(a)} ·{" "}
                <span className="font-semibold">{t(`partners.role.${a.role as SupportRole}`)}</span>
              </span>
              <span className="flex items-baseline gap-3">
                <span className="tabular-nums">{t("partners.activities.reach", { count: a.reach })}</span>
                {manage ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="unlinkActivity" />
                    <input type="hidden" name="agreementId" value={manage.agreementId} />
                    <input type="hidden" name="eventId" value={a.eventId} />
                    <Button
                      type="submit"
                      variant="secondary"
                      small
                      disabled={manage.busy}
                      aria-label={t("partners.activities.unlinkNamed", { title: title(a) })}
                    >
                      {t("partners.activities.unlink")}
                    </Button>
                  </Form>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
      {manage ? (
        <Form method="post" className="grid gap-3 sm:grid-cols-3 sm:items-end" noValidate>
          <input type="hidden" name="intent" value="linkActivity" />
          <input type="hidden" name="agreementId" value={manage.agreementId} />
          <div className="sm:col-span-2">
            <SelectField
              name="eventId"
              scope={`activity-${manage.agreementId}`}
              label={t("partners.activities.event")}
              reply={manage.reply}
              options={manage.options.map((o) => ({
                value: o.id,
                label: `${formatDay(o.startsOn, locale)} · ${t(`eventKind.${o.kind}`)} · ${title(o)}`,
              }))}
            />
          </div>
          <SelectField
            name="role"
            scope={`activity-${manage.agreementId}`}
            label={t("partners.activities.role")}
            reply={manage.reply}
            options={supportRoles.map((r) => ({ value: r, label: t(`partners.role.${r}`) }))}
          />
          <div className="sm:col-span-3">
            <Button type="submit" variant="secondary" disabled={manage.busy || manage.options.length === 0}>
              {t("partners.activities.link")}
            </Button>
          </div>
        </Form>
      ) : null}
    </div>
  );
}
