import type { ReactNode } from "react";
import { useLocale, useT } from "~/modules/i18n";
import type { MilestoneKind, StudyLevel, TrajectoryMemberRole, TrajectoryStatus, WorkshopTheme } from "~/modules/workshop";
import { formatDate, formatDateTime, formatTime } from "~/utils/dates";

type Summary = {
  clarifiedQuestion: string;
  themes: string[];
  institutions: string[];
  programme: string;
  levels: string[];
  periodStart: string;
  periodEnd: string;
  deliveredAt: string | Date | null;
  closedAt: string | Date | null;
};

/** The question and the trajectory's facts, as staff and the team both see them; `sme` is what each may see of the SME. */
export function TrajectorySummary({ trajectory, sme }: { trajectory: Summary; sme: ReactNode }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="grid gap-5 lg:grid-cols-2">
      <section className="card space-y-3 break-words" aria-labelledby="question-title">
        <h2 id="question-title" className="text-xl font-bold">
          {t("workshop.trajectory.question")}
        </h2>
        <p className="whitespace-pre-line">{trajectory.clarifiedQuestion}</p>
        <p className="text-sm text-slate-700">{trajectory.themes.map((th) => t(`theme.${th as WorkshopTheme}`)).join(", ")}</p>
        {sme}
      </section>
      <section className="card space-y-2 break-words" aria-labelledby="details-title">
        <h2 id="details-title" className="text-xl font-bold">
          {t("workshop.trajectory.details")}
        </h2>
        <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t("workshop.trajectory.institutions")}</dt>
          <dd>{trajectory.institutions.join(", ")}</dd>
          <dt className="font-semibold">{t("workshop.trajectory.programme")}</dt>
          <dd>{trajectory.programme}</dd>
          <dt className="font-semibold">{t("workshop.trajectory.levels")}</dt>
          <dd>{trajectory.levels.map((l) => t(`workshop.trajectory.level.${l as StudyLevel}`)).join(", ")}</dd>
          <dt className="font-semibold">{t("workshop.trajectory.period")}</dt>
          <dd>
            {t("workshop.trajectory.periodValue", {
              start: formatDate(trajectory.periodStart, locale),
              end: formatDate(trajectory.periodEnd, locale),
            })}
          </dd>
        </dl>
        {trajectory.deliveredAt ? (
          <p className="text-sm">{t("workshop.trajectory.deliveredAt", { date: formatDate(trajectory.deliveredAt, locale) })}</p>
        ) : null}
        {trajectory.closedAt ? (
          <p className="text-sm">{t("workshop.trajectory.closedAt", { date: formatDate(trajectory.closedAt, locale) })}</p>
        ) : null}
      </section>
    </div>
  );
}

/** The team: who, in which role, and who has not accepted yet. */
export function TeamList({
  members,
  children,
}: {
  members: { id: string; name: string; role: TrajectoryMemberRole; teamRole: string; acceptedAt: string | Date | null }[];
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <section className="card space-y-3" aria-labelledby="team-title">
      <h2 id="team-title" className="text-xl font-bold">
        {t("workshop.trajectory.team")}
      </h2>
      {members.length === 0 ? (
        <p className="text-slate-700">{t("workshop.trajectory.noTeam")}</p>
      ) : (
        <ul className="space-y-1 break-words">
          {members.map((m) => (
            <li key={m.id}>
              {m.name} · {t(`workshop.trajectory.role.${m.role}`)}
              {m.teamRole ? ` (${m.teamRole})` : ""}
              {m.acceptedAt ? "" : ` · ${t("workshop.trajectory.invited")}`}
            </li>
          ))}
        </ul>
      )}
      {children}
    </section>
  );
}

type MilestoneItem = {
  id: string;
  kind: MilestoneKind;
  title: string;
  startsAt: string | Date;
  endsAt: string | Date;
  roomName: string | null;
};

/** The milestones in time order, with their room; `extra` is what staff may do with one, `children` where they plan one. */
export function MilestoneList<M extends MilestoneItem>({
  milestones,
  extra,
  children,
}: {
  milestones: M[];
  extra?: (milestone: M) => ReactNode;
  children?: ReactNode;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="card space-y-3" aria-labelledby="milestones-title">
      <h2 id="milestones-title" className="text-xl font-bold">
        {t("workshop.trajectory.milestones")}
      </h2>
      {milestones.length === 0 ? (
        <p className="text-slate-700">{t("workshop.trajectory.noMilestones")}</p>
      ) : (
        <ul className="space-y-1 break-words">
          {milestones.map((m) => (
            <li key={m.id}>
              <span className="font-semibold">{t(`workshop.trajectory.milestone.${m.kind}`)}</span> ·{" "}
              {/* A title that only repeats the kind ("Kick-off · Kick-off") is said once. */}
              {m.title.trim().toLowerCase() === t(`workshop.trajectory.milestone.${m.kind}`).toLowerCase() ? "" : `${m.title} · `}
              {formatDateTime(m.startsAt, locale)}–{formatTime(m.endsAt, locale)}
              {m.roomName ? ` · ${m.roomName}` : ""}
              {extra?.(m)}
            </li>
          ))}
        </ul>
      )}
      {children}
    </section>
  );
}

/** The trajectory's status history, newest first: when, from what to what, and who. */
export function TrajectoryHistory({
  moves,
}: {
  moves: { from: TrajectoryStatus | null; to: TrajectoryStatus; at: string | Date; by: string | null }[];
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title" className="mb-2 text-xl font-bold">
        {t("workshop.trajectory.history")}
      </h2>
      {moves.length === 0 ? <p className="text-sm text-slate-700">{t("workshop.trajectory.noHistory")}</p> : null}
      <ol className="space-y-1 text-sm break-words">
        {moves.map((m, i) => (
          <li key={i}>
            {formatDateTime(m.at, locale)} ·{" "}
            {m.from ? `${t(`workshop.trajectory.status.${m.from}`)} → ` : `${t("workshop.trajectory.started")}: `}
            {t(`workshop.trajectory.status.${m.to}`)} · {m.by ?? t("workshop.trajectory.byGoneAccount")}
          </li>
        ))}
      </ol>
    </section>
  );
}
