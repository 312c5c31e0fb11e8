import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { type MessageKey, useLocale, useT } from "~/modules/i18n";
import { formatHours } from "~/modules/workshop";
import { formatDay, type IsoDate } from "~/utils/calendar";
import { formatDate, formatDateTime } from "~/utils/dates";

type Milestone = { id: string; trajectoryId: string; trajectory: string; title: string; startsAt: string | Date };
type Owed = { id: string; trajectoryId: string; trajectory: string; title: string; dueOn: string | null; latestReview: string | null };
type Hours = { mineMonth: number; mineTotal: number; teamMonth: number; teamTotal: number };

export type StudentDesk = {
  milestones: Milestone[];
  experts: {
    trajectoryId: string;
    title: string;
    experts: { userId: string; name: string; email: string; phone: string | null }[];
  }[];
  hours: Hours & { perTeam: (Hours & { trajectoryId: string; title: string })[] };
  deliverables: Owed[];
};

export type TeacherAttention = {
  teams: number;
  total: number;
  invitations: { trajectoryId: string; trajectory: string; name: string; invitedAt: string | Date }[];
  milestones: Milestone[];
  overdue: Owed[];
  evaluations: { trajectoryId: string; trajectory: string; userId: string | null; name: string }[];
  quiet: { trajectoryId: string; trajectory: string; name: string; lastWorkedOn: string | null }[];
};

function Card({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section className="card space-y-3 break-words" aria-labelledby={id}>
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      {intro ? <p className="text-slate-700">{intro}</p> : null}
      {children}
    </section>
  );
}

function MilestoneList({ milestones }: { milestones: Milestone[] }) {
  const locale = useLocale();
  return (
    <ul className="space-y-2">
      {milestones.map((m) => (
        <li key={m.id}>
          <span className="font-semibold">{m.title}</span> · {formatDateTime(m.startsAt, locale)}
          <Link to={`/trajecten/${m.trajectoryId}`} className="block text-sm">
            {m.trajectory}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** A student's work in one view: the next milestones, who helps the team, hours and what is still owed. */
export function StudentDeskSections({ desk, today }: { desk: StudentDesk; today: IsoDate }) {
  const t = useT();
  const locale = useLocale();
  const h = (minutes: number) => t("workshop.hours.value", { hours: formatHours(minutes, locale) });
  const columns: [MessageKey, keyof Hours][] = [
    ["workshop.home.desk.mineMonth", "mineMonth"],
    ["workshop.home.desk.mineTotal", "mineTotal"],
    ["workshop.home.desk.teamMonth", "teamMonth"],
    ["workshop.home.desk.teamTotal", "teamTotal"],
  ];
  return (
    <>
      <Card id="desk-milestones-title" title={t("workshop.home.desk.milestonesTitle")}>
        {desk.milestones.length === 0 ? (
          <p className="text-slate-700">{t("workshop.home.desk.noMilestones")}</p>
        ) : (
          <MilestoneList milestones={desk.milestones} />
        )}
      </Card>
      <Card id="desk-deliverables-title" title={t("workshop.home.desk.deliverablesTitle")}>
        {desk.deliverables.length === 0 ? (
          <p className="text-slate-700">{t("workshop.home.desk.noDeliverables")}</p>
        ) : (
          <ul className="space-y-2">
            {desk.deliverables.map((d) => (
              <li key={d.id}>
                <Link to={`/trajecten/${d.trajectoryId}`} className="font-semibold">
                  {d.title}
                </Link>{" "}
                · {d.dueOn ? t("workshop.home.desk.due", { date: formatDay(d.dueOn as IsoDate, locale) }) : t("workshop.home.desk.noDue")}
                {d.dueOn && d.dueOn < today ? (
                  <span className="ml-2 rounded bg-red-100 px-2 py-0.5 text-sm font-semibold text-red-900">
                    {t("workshop.home.desk.overdue")}
                  </span>
                ) : null}
                <span className="block text-sm text-slate-700">
                  {d.trajectory} · {t(`workshop.home.desk.review.${(d.latestReview ?? "none") as "none"}`)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card id="desk-experts-title" title={t("workshop.home.desk.expertsTitle")} intro={t("workshop.home.desk.expertsIntro")}>
        {desk.experts.length === 0 ? (
          <p className="text-slate-700">{t("workshop.home.desk.noExperts")}</p>
        ) : (
          desk.experts.map((team) => (
            <div key={team.trajectoryId}>
              <h3 className="font-semibold">{team.title}</h3>
              <ul className="mt-1 space-y-2">
                {team.experts.map((e) => (
                  <li key={e.userId}>
                    {e.name}
                    <span className="block text-sm">
                      <a href={`mailto:${e.email}`}>{e.email}</a>
                      {e.phone ? (
                        <>
                          {" · "}
                          <a href={`tel:${e.phone.replace(/[^+\d]/g, "")}`}>{e.phone}</a>
                        </>
                      ) : null}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))
        )}
      </Card>
      {desk.hours.perTeam.length > 0 ? (
        <Card id="desk-hours-title" title={t("workshop.home.desk.hoursTitle")}>
          <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
            {columns.map(([label, key]) => (
              <div key={key} className="rounded-md border border-slate-200 bg-slate-50 p-3">
                <dt className="text-sm text-slate-700">{t(label)}</dt>
                <dd className="mt-1 text-2xl font-bold text-slate-950">{h(desk.hours[key])}</dd>
              </div>
            ))}
          </dl>
          {desk.hours.perTeam.length > 1 ? (
            <ul className="space-y-1 text-sm">
              {desk.hours.perTeam.map((team) => (
                <li key={team.trajectoryId}>
                  <span className="font-semibold">{team.title}</span>:{" "}
                  {columns.map(([label, key]) => `${t(label)} ${h(team[key])}`).join(" · ")}
                </li>
              ))}
            </ul>
          ) : null}
          <p className="text-sm text-slate-700">{t("workshop.home.desk.hoursNote")}</p>
        </Card>
      ) : null}
    </>
  );
}

function AttentionGroup({ title, lines }: { title: string; lines: { key: string; to: string; text: string }[] }) {
  if (lines.length === 0) return null;
  return (
    <div>
      <h3 className="font-semibold">
        {title} ({lines.length})
      </h3>
      <ul className="mt-1 space-y-1">
        {lines.map((l) => (
          <li key={l.key}>
            <Link to={l.to}>{l.text}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A teacher's list of what their teams need from them now; empty groups are left out. */
export function TeacherAttentionSection({ attention }: { attention: TeacherAttention }) {
  const t = useT();
  const locale = useLocale();
  const to = (id: string) => `/trajecten/${id}`;
  return (
    <Card
      id="attention-title"
      title={t("workshop.home.attention.title")}
      intro={attention.teams > 0 ? t("workshop.home.attention.intro", { teams: attention.teams }) : undefined}
    >
      {attention.total === 0 ? <p className="text-slate-700">{t("workshop.home.attention.none")}</p> : null}
      <AttentionGroup
        title={t("workshop.home.attention.milestones")}
        lines={attention.milestones.map((m) => ({
          key: m.id,
          to: to(m.trajectoryId),
          text: `${m.title} · ${m.trajectory} · ${formatDateTime(m.startsAt, locale)}`,
        }))}
      />
      <AttentionGroup
        title={t("workshop.home.attention.overdue")}
        lines={attention.overdue.map((d) => ({
          key: d.id,
          to: to(d.trajectoryId),
          text: t("workshop.home.attention.overdueLine", {
            title: d.title,
            trajectory: d.trajectory,
            date: formatDay(d.dueOn as IsoDate, locale),
          }),
        }))}
      />
      <AttentionGroup
        title={t("workshop.home.attention.quiet")}
        lines={attention.quiet.map((q) => ({
          key: `${q.trajectoryId}-${q.name}`,
          to: to(q.trajectoryId),
          text: q.lastWorkedOn
            ? t("workshop.home.attention.quietSince", {
                name: q.name,
                trajectory: q.trajectory,
                date: formatDay(q.lastWorkedOn as IsoDate, locale),
              })
            : t("workshop.home.attention.quietNever", { name: q.name, trajectory: q.trajectory }),
        }))}
      />
      <AttentionGroup
        title={t("workshop.home.attention.invitations")}
        lines={attention.invitations.map((i) => ({
          key: `${i.trajectoryId}-${i.name}`,
          to: to(i.trajectoryId),
          text: t("workshop.home.attention.invitedOn", { name: i.name, trajectory: i.trajectory, date: formatDate(i.invitedAt, locale) }),
        }))}
      />
      <AttentionGroup
        title={t("workshop.home.attention.evaluations")}
        lines={attention.evaluations.map((e) => ({
          key: `${e.trajectoryId}-${e.userId}`,
          to: to(e.trajectoryId),
          text: t("workshop.home.attention.evaluationLine", { name: e.name, trajectory: e.trajectory }),
        }))}
      />
    </Card>
  );
}
