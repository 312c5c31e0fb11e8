import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary } from "~/components/form";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { DeliverableList, ReviewForm } from "~/components/workshop/deliverable-bits";
import { EvaluationResults } from "~/components/workshop/evaluation-bits";
import { HoursOverview } from "~/components/workshop/hours-bits";
import { MilestoneList, TeamList, TrajectoryHistory, TrajectorySummary } from "~/components/workshop/trajectory-bits";
import { InviteForm, MilestoneChange, MilestoneForm, SmeLinkForm } from "~/components/workshop/trajectory-forms";
import { requireRole } from "~/modules/auth/index.server";
import { useT } from "~/modules/i18n";
import { trajectoryActionSchema } from "~/modules/workshop";
import { listRooms } from "~/modules/rooms/index.server";
import {
  addMilestone,
  cancelMilestone,
  deliverablesOf,
  evaluationsOf,
  hoursOverview,
  inviteTeamMember,
  milestonesOf,
  moveMilestone,
  moveTrajectory,
  reviewVersion,
  sendSmeLink,
  trajectoryFile,
  trajectoryMovesOf,
} from "~/modules/workshop/index.server";
import { submitForm, successReply } from "~/utils/forms.server";
import { orErrorResponse } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("workshop.trajectory.listTitle");

export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "staff", "manager");
  return orErrorResponse(async () => {
    const file = await trajectoryFile(werkplaats.id, args.params.trajectoryId ?? "");
    const id = file.trajectory.id;
    const [milestones, roomList, deliverables, evaluations, moves] = await Promise.all([
      milestonesOf(id),
      listRooms(werkplaats.id),
      deliverablesOf(id),
      evaluationsOf(werkplaats.id, id),
      trajectoryMovesOf(id),
    ]);
    const hours = await hoursOverview(id, milestones);
    const rooms = roomList.map((r) => ({ id: r.id, name: r.name }));
    return { ...file, milestones, rooms, deliverables, hours, evaluations, moves, now: new Date().toISOString() };
  });
}

export async function action(args: ActionFunctionArgs) {
  const { werkplaats, user } = requireRole(args, "staff", "manager");
  const trajectoryId = args.params.trajectoryId ?? "";
  return orErrorResponse(() =>
    submitForm(args.request, trajectoryActionSchema, async (input) => {
      if (input.intent === "invite") {
        await inviteTeamMember(werkplaats, user, trajectoryId, input, args.context.locale);
        return successReply({ key: "workshop.trajectory.inviteSent", vars: { email: input.email } });
      }
      if (input.intent === "smeLink") {
        await sendSmeLink(werkplaats, trajectoryId);
        return successReply({ key: "workshop.trajectory.smeLinkSent" });
      }
      if (input.intent === "review") {
        await reviewVersion(werkplaats.id, user.id, trajectoryId, input);
        return successReply({ key: "workshop.deliverables.reviewed" });
      }
      if (input.intent === "milestone") {
        await addMilestone(werkplaats.id, user.id, trajectoryId, input);
        return successReply({ key: "workshop.trajectory.milestoneSaved" });
      }
      if (input.intent === "moveMilestone") {
        await moveMilestone(werkplaats.id, user.id, trajectoryId, input);
        return successReply({ key: "workshop.trajectory.milestoneMoved" });
      }
      if (input.intent === "cancelMilestone") {
        await cancelMilestone(werkplaats.id, user.id, trajectoryId, input.milestoneId);
        return successReply({ key: "workshop.trajectory.milestoneCancelled" });
      }
      await moveTrajectory(werkplaats.id, user.id, trajectoryId, input.to);
      return successReply({ key: "workshop.trajectory.moved", vars: { to: input.to } });
    }),
  );
}

export default function TrajectoryFile() {
  const t = useT();
  const { trajectory, sme, members, next, milestones, rooms, deliverables, hours, evaluations, moves, now } =
    useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const done = reply?.status === "success" ? reply.message : undefined;
  return (
    <div className="space-y-5">
      <p>
        <Link to="/werkplaats/trajecten">← {t("workshop.trajectory.back")}</Link>
      </p>
      <PageHeader title={trajectory.title} intro={`${sme.organisation} · ${t(`workshop.trajectory.status.${trajectory.status}`)}`} />
      {done ? (
        <div role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 px-4 py-3 break-words text-green-950">
          {done.key === "workshop.trajectory.moved"
            ? t("workshop.trajectory.moved", { status: t(`workshop.trajectory.status.${String(done.vars?.to)}`) })
            : t(done.key, done.vars)}
        </div>
      ) : (
        <ErrorSummary reply={reply} />
      )}
      <TrajectorySummary
        trajectory={trajectory}
        sme={
          <>
            <p>
              <span className="font-semibold">{t("workshop.trajectory.sme")}:</span> {sme.organisation} · {sme.contactName} ·{" "}
              <a href={`mailto:${sme.email}`}>{sme.email}</a>
            </p>
            <p>
              <Link to={`/werkplaats/intake/${trajectory.intakeId}`}>{t("workshop.trajectory.intake")}</Link>
            </p>
          </>
        }
      />
      <TeamList members={members}>
        <p>
          <Link to={`/werkplaats/trajecten/${trajectory.id}/experts`}>{t("workshop.trajectory.experts")}</Link>
        </p>
        {trajectory.status === "closed" ? null : <InviteForm reply={reply} />}
      </TeamList>
      <MilestoneList
        milestones={milestones}
        extra={(m) => (trajectory.status === "closed" ? null : <MilestoneChange milestone={m} rooms={rooms} reply={reply} />)}
      >
        {trajectory.status === "closed" ? null : <MilestoneForm reply={reply} rooms={rooms} />}
      </MilestoneList>
      <DeliverableList
        deliverables={deliverables}
        fileHref={(versionId) => `/trajecten/${trajectory.id}/opleveringen/${versionId}`}
        versionExtra={(v) => (v.review === "submitted" ? <ReviewForm versionId={v.versionId} reply={reply} /> : null)}
      />
      <HoursOverview hours={hours} milestoneTitle={(id) => milestones.find((m) => m.id === id)?.title ?? ""} />
      {trajectory.status === "closed" ? null : <SmeLinkForm expiresAt={trajectory.smeTokenExpiresAt} />}
      <section className="card space-y-3" aria-labelledby="status-title">
        <h2 id="status-title" className="text-xl font-bold">
          {t("workshop.trajectory.move")}
        </h2>
        {next.length === 0 ? (
          <p className="text-slate-700">{t("workshop.trajectory.noMoves")}</p>
        ) : (
          <div className="flex flex-wrap gap-2">
            {next.map((to) => (
              <Form method="post" key={to}>
                <input type="hidden" name="intent" value="move" />
                <input type="hidden" name="to" value={to} />
                <Button type="submit" variant={to === "closed" ? "secondary" : "primary"}>
                  {t("workshop.trajectory.moveTo", { status: t(`workshop.trajectory.status.${to}`) })}
                </Button>
              </Form>
            ))}
          </div>
        )}
      </section>
      <TrajectoryHistory moves={moves} />
      <EvaluationResults evaluations={evaluations} now={now} />
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
