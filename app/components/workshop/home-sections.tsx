import { Link } from "@remix-run/react";
import { useLocale, useT } from "~/modules/i18n";
import { hackathonTitle } from "~/modules/workshop";
import type { IsoDate } from "~/utils/calendar";
import { formatDateTime } from "~/utils/dates";
import { StudentDeskSections, TeacherAttentionSection, type StudentDesk, type TeacherAttention } from "./desk-sections";

type Home = {
  student: boolean;
  teacher: boolean;
  today: IsoDate;
  desk: StudentDesk | null;
  attention: TeacherAttention | null;
  trajectories: {
    id: string;
    title: string;
    status: string;
    role: string;
    organisation: string;
    nextMilestone: { title: string; startsAt: string | Date } | null;
    evaluationWaiting: boolean;
  }[];
  invitations: { trajectoryId: string; title: string }[];
  teams: { team: string; challenge: string; eventId: string; eventTitleNl: string; eventTitleEn: string | null; startsAt: string | Date }[];
  challenges: {
    id: string;
    title: string;
    organisation: string;
    eventId: string;
    eventTitleNl: string;
    eventTitleEn: string | null;
    startsAt: string | Date;
  }[];
  openAssignments: number;
  figures: { year: number; running: number; delivered: number; challenges: number; internships: number } | null;
};

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded-md border border-slate-200 bg-slate-50 p-4">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="mt-1 text-3xl font-bold text-slate-950">{value}</dd>
    </div>
  );
}

/** The workshop part of the start page: a student's and teacher's teams and next steps, a partner's figures. */
export function WorkshopHome({ home }: { home: Home }) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      {home.attention ? <TeacherAttentionSection attention={home.attention} /> : null}
      {home.student || home.teacher ? (
        <section className="card space-y-4 break-words" aria-labelledby="my-teams-title">
          <h2 id="my-teams-title" className="text-xl font-bold">
            {t("workshop.home.teamsTitle")}
          </h2>
          {home.invitations.map((i) => (
            <p key={i.trajectoryId} className="rounded-md border-l-4 border-sky-700 bg-sky-50 px-4 py-3 text-sky-950">
              {t("workshop.home.invitation", { title: i.title })}
            </p>
          ))}
          {home.trajectories.length === 0 ? (
            <p className="text-slate-700">{t("workshop.home.noTeams")}</p>
          ) : (
            <ul className="space-y-3">
              {home.trajectories.map((tr) => (
                <li key={tr.id}>
                  <Link to={`/trajecten/${tr.id}`} className="font-semibold">
                    {tr.title}
                  </Link>
                  <span className="block text-sm text-slate-700">
                    {tr.organisation} · {t(`workshop.trajectory.status.${tr.status as "running"}`)} ·{" "}
                    {t(`workshop.trajectory.role.${tr.role as "student"}`)}
                  </span>
                  {/* Delivered work has had its milestones: "none planned yet" would read as something missing. */}
                  {tr.nextMilestone || tr.status === "forming" || tr.status === "running" ? (
                    <span className="block text-sm">
                      {tr.nextMilestone
                        ? t("workshop.home.nextMilestone", {
                            title: tr.nextMilestone.title,
                            when: formatDateTime(tr.nextMilestone.startsAt, locale),
                          })
                        : t("workshop.home.noMilestone")}
                    </span>
                  ) : null}
                  {tr.evaluationWaiting ? (
                    <p className="mt-1 rounded-md border-l-4 border-sky-700 bg-sky-50 px-4 py-2 text-sky-950">
                      {t("workshop.home.evaluationWaiting")}{" "}
                      <Link to={`/trajecten/${tr.id}#own-evaluation-title`} className="font-semibold">
                        {t("workshop.home.evaluate")}
                      </Link>
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {home.teacher ? (
            <p>
              <Link to="/stage-opdrachten">{t("workshop.home.openAssignments", { count: home.openAssignments })}</Link>
            </p>
          ) : null}
        </section>
      ) : null}
      {home.desk ? <StudentDeskSections desk={home.desk} today={home.today} /> : null}
      {home.student ? (
        <section className="card space-y-3 break-words" aria-labelledby="hackathon-title">
          <h2 id="hackathon-title" className="text-xl font-bold">
            {t("workshop.home.hackathonTitle")}
          </h2>
          {home.teams.map((team) => (
            <p key={team.eventId}>
              <Link to={`/hackathons/${team.eventId}`}>
                {t("workshop.home.inTeam", {
                  team: team.team,
                  challenge: team.challenge,
                  event: hackathonTitle({ titleNl: team.eventTitleNl, titleEn: team.eventTitleEn }, locale),
                })}
              </Link>
            </p>
          ))}
          {home.challenges.length === 0 ? (
            <p className="text-slate-700">{t("workshop.home.noChallenges")}</p>
          ) : (
            <ul className="space-y-2">
              {home.challenges.map((c) => (
                <li key={c.id}>
                  <Link to={`/hackathons/${c.eventId}`} className="font-semibold">
                    {c.title}
                  </Link>
                  <span className="block text-sm text-slate-700">
                    {c.organisation} · {hackathonTitle({ titleNl: c.eventTitleNl, titleEn: c.eventTitleEn }, locale)} ·{" "}
                    {formatDateTime(c.startsAt, locale)}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link to="/stage-opdrachten">{t("workshop.home.myAssignments")}</Link>
          </p>
        </section>
      ) : null}
      {home.figures ? (
        <section className="card" aria-labelledby="workshop-figures-title">
          <h2 id="workshop-figures-title" className="text-xl font-bold">
            {t("workshop.home.figuresTitle", { year: home.figures.year })}
          </h2>
          <p className="mt-1 text-slate-700">{t("workshop.home.figuresIntro")}</p>
          <dl className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            <Figure label={t("workshop.home.running")} value={home.figures.running} />
            <Figure label={t("workshop.home.delivered")} value={home.figures.delivered} />
            <Figure label={t("workshop.home.challenges")} value={home.figures.challenges} />
            <Figure label={t("workshop.home.internships")} value={home.figures.internships} />
          </dl>
        </section>
      ) : null}
    </>
  );
}
