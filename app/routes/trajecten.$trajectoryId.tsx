import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { PageHeader } from "~/components/ui/page-header";
import { MilestoneList, TeamList, TrajectorySummary } from "~/components/workshop/trajectory-bits";
import { requireUser, requireWerkplaats } from "~/modules/auth/index.server";
import { useT } from "~/modules/i18n";
import { milestonesOf, teamTrajectory } from "~/modules/workshop/index.server";
import { orErrorResponse } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("workshop.trajectory.listTitle");

/** The team's page: its members (students, teacher) and staff; a student of another team gets 403. */
export async function loader(args: LoaderFunctionArgs) {
  const user = requireUser(args);
  const werkplaats = requireWerkplaats(args);
  return orErrorResponse(async () => {
    const view = await teamTrajectory(werkplaats.id, { id: user.id, roles: args.context.roles }, args.params.trajectoryId ?? "");
    return { ...view, milestones: await milestonesOf(view.trajectory.id) };
  });
}

export default function TeamTrajectory() {
  const t = useT();
  const { trajectory, sme, members, milestones } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-5">
      <PageHeader
        title={trajectory.title}
        intro={`${t("workshop.trajectory.teamPageIntro", { organisation: sme.organisation })} · ${t(`workshop.trajectory.status.${trajectory.status}`)}`}
      />
      <TrajectorySummary
        trajectory={trajectory}
        sme={
          <p>
            <span className="font-semibold">{t("workshop.trajectory.sme")}:</span> {sme.organisation} · {sme.contactName}
          </p>
        }
      />
      <MilestoneList milestones={milestones} />
      <TeamList members={members} />
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
