import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SuccessNotice } from "~/components/form";
import { PageHeader } from "~/components/ui/page-header";
import { DeliverableList, NewDeliverableForm, NewVersionForm } from "~/components/workshop/deliverable-bits";
import { TeamEvaluationForm } from "~/components/workshop/evaluation-bits";
import { HoursForm } from "~/components/workshop/hours-bits";
import { MilestoneList, TeamList, TrajectorySummary } from "~/components/workshop/trajectory-bits";
import { requireUser, requireWerkplaats } from "~/modules/auth/index.server";
import { useT } from "~/modules/i18n";
import { teamActionSchema, teamStillWorks } from "~/modules/workshop";
import {
  addDeliverable,
  addDeliverableVersion,
  answerTeamEvaluation,
  deliverablesOf,
  logTeamHours,
  milestonesOf,
  myHours,
  teamEvaluationFor,
  teamTrajectory,
} from "~/modules/workshop/index.server";
import { submitForm, successReply } from "~/utils/forms.server";
import { orErrorResponse } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";
import { todayIn } from "~/utils/zoned-time";

export const meta = pageTitle("workshop.trajectory.listTitle");

/** The team's page: its members (students, teacher) and staff; a student of another team gets 403. */
export async function loader(args: LoaderFunctionArgs) {
  const user = requireUser(args);
  const werkplaats = requireWerkplaats(args);
  return orErrorResponse(async () => {
    const view = await teamTrajectory(werkplaats.id, { id: user.id, roles: args.context.roles }, args.params.trajectoryId ?? "");
    const [milestones, deliverables, hours, evaluation] = await Promise.all([
      milestonesOf(view.trajectory.id),
      deliverablesOf(view.trajectory.id),
      myHours(view.trajectory.id, user.id),
      teamEvaluationFor(view.trajectory, user.id),
    ]);
    const onTeam = view.members.some((m) => m.userId === user.id);
    return { ...view, milestones, deliverables, hours, evaluation, onTeam, today: todayIn() };
  });
}

/** The team hands in deliverables (files or links, in versions), logs its hours and, after delivery, evaluates. */
export async function action(args: ActionFunctionArgs) {
  const user = requireUser(args);
  const werkplaats = requireWerkplaats(args);
  return orErrorResponse(async () => {
    const { trajectory } = await teamTrajectory(werkplaats.id, { id: user.id, roles: args.context.roles }, args.params.trajectoryId ?? "");
    return submitForm(args.request, teamActionSchema, async (input) => {
      if (input.intent === "deliverable") {
        await addDeliverable(trajectory, user.id, input);
        return successReply({ key: "workshop.deliverables.added" });
      }
      if (input.intent === "version") {
        const version = await addDeliverableVersion(trajectory, user.id, input.deliverableId, input);
        return successReply({ key: "workshop.deliverables.versionAdded", vars: { version } });
      }
      if (input.intent === "evaluation") {
        await answerTeamEvaluation(trajectory, user.id, input);
        return successReply({ key: "workshop.evaluation.teamSent" });
      }
      await logTeamHours(trajectory, user.id, input);
      return successReply({ key: "workshop.hours.logged" });
    });
  });
}

export default function TeamTrajectory() {
  const t = useT();
  const { trajectory, sme, members, milestones, deliverables, hours, evaluation, onTeam, today } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  // Once delivered the work is final: no new deliverables, versions or hours.
  const open = teamStillWorks(trajectory.status);
  return (
    <div className="space-y-5">
      <PageHeader
        title={trajectory.title}
        intro={`${t("workshop.trajectory.teamPageIntro", { organisation: sme.organisation })} · ${t(`workshop.trajectory.status.${trajectory.status}`)}`}
      />
      <SuccessNotice reply={reply} />
      <ErrorSummary
        reply={reply}
        labels={{
          title: t("workshop.deliverables.name"),
          file: t("workshop.deliverables.file"),
          url: t("workshop.deliverables.url"),
          workedOn: t("workshop.hours.day"),
          hours: t("workshop.hours.hours"),
          note: t("workshop.hours.note"),
          rating: t("workshop.evaluation.teamRatingOverall"),
          teamRating: t("workshop.evaluation.teamRatingTeam"),
          smeRating: t("workshop.evaluation.teamRatingSme"),
          expertRating: t("workshop.evaluation.teamRatingExpert"),
          comment: t("workshop.evaluation.comment"),
        }}
      />
      <TrajectorySummary
        trajectory={trajectory}
        sme={
          <p>
            <span className="font-semibold">{t("workshop.trajectory.sme")}:</span> {sme.organisation} · {sme.contactName}
          </p>
        }
      />
      {evaluation ? <TeamEvaluationForm evaluation={evaluation} reply={reply} /> : null}
      <MilestoneList milestones={milestones} />
      <DeliverableList
        deliverables={deliverables}
        fileHref={(versionId) => `/trajecten/${trajectory.id}/opleveringen/${versionId}`}
        deliverableExtra={open ? (d) => <NewVersionForm deliverableId={d.id} reply={reply} /> : undefined}
      >
        {open ? <NewDeliverableForm reply={reply} /> : null}
      </DeliverableList>
      {onTeam && open ? <HoursForm reply={reply} today={today} mine={hours} /> : null}
      <TeamList members={members} />
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
