import { EventSavedNotice } from "~/components/events/saved-notice";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { LinkButton } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { StatusBadge } from "~/components/ui/status-badge";
import { requireRole } from "~/modules/auth/index.server";
import { listEventsForStaff } from "~/modules/events/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { milestoneActivities } from "~/modules/workshop/index.server";
import { formatDateTime } from "~/utils/dates";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("adminEvents.title");

/** The activities, each milestone's draft labelled with its trajectory; `?mijlpalen=nee` leaves the milestones out. */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "staff", "manager");
  const { upcoming, past } = await listEventsForStaff(werkplaats.id);
  const milestones = await milestoneActivities(
    werkplaats.id,
    [...upcoming, ...past].map((e) => e.id),
  );
  const hideMilestones = new URL(args.request.url).searchParams.get("mijlpalen") === "nee";
  const shown = <T extends { id: string }>(rows: T[]) =>
    rows.flatMap((e) => {
      const milestone = milestones.find((m) => m.eventId === e.id) ?? null;
      return hideMilestones && milestone ? [] : [{ ...e, milestone }];
    });
  return { upcoming: shown(upcoming), past: shown(past), hideMilestones, milestoneCount: milestones.length };
}

type Row = Awaited<ReturnType<typeof loader>>["upcoming"][number];
const tone = { draft: "neutral", published: "good", cancelled: "bad" } as const;

function EventTable({ rows, past }: { rows: Row[]; past?: boolean }) {
  const t = useT();
  const locale = useLocale();
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col" className="hidden md:table-cell">
            {t("adminEvents.col.when")}
          </th>
          <th scope="col">{t("adminEvents.col.event")}</th>
          <th scope="col">{t("adminEvents.col.places")}</th>
          <th scope="col" className="hidden md:table-cell">
            {t("common.status")}
          </th>
          <th scope="col" className="hidden md:table-cell">
            {t("common.actions")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((e) => (
          <tr key={e.id}>
            <td className="hidden md:table-cell whitespace-nowrap">{formatDateTime(e.startsAt, locale)}</td>
            <td>
              {/* On a phone the time, the status and the attendees' link move into this cell (as the invoice list does). */}
              <div className="text-sm text-slate-700 md:hidden">{formatDateTime(e.startsAt, locale)}</div>
              <Link to={`/admin/events/${e.id}`} className="font-semibold">
                {e.titleNl}
              </Link>
              <div className="text-xs text-slate-600">{t(`eventKind.${e.kind}`)}</div>
              {e.milestone ? (
                <div className="text-xs text-slate-700" title={t("workshop.milestoneActivity.hint")}>
                  <Link to={`/werkplaats/trajecten/${e.milestone.trajectoryId}`}>
                    {t("workshop.milestoneActivity.label", { trajectory: e.milestone.trajectoryTitle })}
                  </Link>
                </div>
              ) : null}
              <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 md:hidden">
                <StatusBadge tone={tone[e.status as keyof typeof tone]}>{t(`events.status.${e.status}`)}</StatusBadge>
                <Link to={`/admin/events/${e.id}/attendees`} className="text-sm">
                  {t("adminEvents.attendees")}
                </Link>
              </div>
            </td>
            <td className="whitespace-nowrap">
              {/* A milestone's draft is the team's session: places mean nothing until staff publish it. */}
              {e.milestone && e.status === "draft" ? (
                <span className="whitespace-normal text-sm text-slate-700">{t("workshop.milestoneActivity.teamOnly")}</span>
              ) : (
                t("adminEvents.placesLine", { registered: e.registered, capacity: e.capacity })
              )}
              {e.waitlisted > 0 ? (
                <div className="text-xs text-amber-900">{t("adminEvents.waitlistLine", { count: e.waitlisted })}</div>
              ) : null}
              {past ? <div className="text-xs text-slate-600">{t("adminEvents.attendedLine", { count: e.checkedIn })}</div> : null}
            </td>
            <td className="hidden md:table-cell">
              <StatusBadge tone={tone[e.status as keyof typeof tone]}>{t(`events.status.${e.status}`)}</StatusBadge>
            </td>
            <td className="hidden md:table-cell">
              <Link to={`/admin/events/${e.id}/attendees`}>{t("adminEvents.attendees")}</Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function AdminEvents() {
  const t = useT();
  const { upcoming, past, hideMilestones, milestoneCount } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("adminEvents.title")}
        intro={t("adminEvents.intro")}
        actions={<LinkButton to="/admin/events/new">{t("adminEvents.new")}</LinkButton>}
      />
      <EventSavedNotice />
      {milestoneCount > 0 || hideMilestones ? (
        <p>
          <Link to={hideMilestones ? "/admin/events" : "/admin/events?mijlpalen=nee"}>
            {t(hideMilestones ? "workshop.milestoneActivity.show" : "workshop.milestoneActivity.hide")}
          </Link>
        </p>
      ) : null}
      <section className="card overflow-x-auto" aria-labelledby="upcoming-events">
        <h2 id="upcoming-events" className="mb-3 text-xl font-bold">
          {t("adminEvents.upcoming")}
        </h2>
        {upcoming.length === 0 ? <p className="text-slate-700">{t("adminEvents.noneUpcoming")}</p> : <EventTable rows={upcoming} />}
      </section>
      <section className="card overflow-x-auto" aria-labelledby="past-events">
        <h2 id="past-events" className="mb-3 text-xl font-bold">
          {t("adminEvents.past")}
        </h2>
        {past.length === 0 ? <p className="text-slate-700">{t("adminEvents.nonePast")}</p> : <EventTable rows={past} past />}
      </section>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
