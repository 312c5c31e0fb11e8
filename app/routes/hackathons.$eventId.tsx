import type { ActionFunctionArgs, LoaderFunctionArgs, SerializeFrom } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SuccessNotice, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { ContentFields } from "~/components/workshop/deliverable-bits";
import { OutcomeVersions, ScoreForm } from "~/components/workshop/hackathon-bits";
import { requireUser, requireWerkplaats } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { hackathonActionSchema, hackathonTitle } from "~/modules/workshop";
import { addTeamOutcomeVersion, hackathonPage, joinTeam, leaveTeam, scoreTeam, startTeam } from "~/modules/workshop/index.server";
import { formatDateTime } from "~/utils/dates";
import { isErrorReply } from "~/utils/forms";
import { submitForm, successReply } from "~/utils/forms.server";
import { orErrorResponse } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("workshop.hackathon.title");

/**
 * A hackathon for its students (form and join teams, hand in their challenge's work), teachers (hand
 * in work as the coach), staff and jurors (score the teams).
 */
export async function loader(args: LoaderFunctionArgs) {
  const user = requireUser(args);
  const werkplaats = requireWerkplaats(args);
  return orErrorResponse(() => hackathonPage(werkplaats.id, { id: user.id, roles: args.context.roles }, args.params.eventId ?? ""));
}

export async function action(args: ActionFunctionArgs) {
  const user = requireUser(args);
  const werkplaats = requireWerkplaats(args);
  const viewer = { id: user.id, roles: args.context.roles };
  const eventId = args.params.eventId ?? "";
  return orErrorResponse(() =>
    submitForm(args.request, hackathonActionSchema, async (input) => {
      if (input.intent === "newTeam") {
        await startTeam(werkplaats.id, viewer, eventId, input);
        return successReply({ key: "workshop.hackathon.teamStarted", vars: { name: input.name } });
      }
      if (input.intent === "join") {
        await joinTeam(werkplaats.id, viewer, eventId, input.teamId);
        return successReply({ key: "workshop.hackathon.joined" });
      }
      if (input.intent === "leave") {
        await leaveTeam(werkplaats.id, viewer, eventId, input.teamId);
        return successReply({ key: "workshop.hackathon.left" });
      }
      if (input.intent === "work") {
        await addTeamOutcomeVersion(werkplaats.id, viewer, eventId, input);
        return successReply({ key: "workshop.hackathon.workSaved" });
      }
      await scoreTeam(werkplaats.id, user.id, eventId, input);
      return successReply({ key: "workshop.hackathon.scored" });
    }),
  );
}

export default function Hackathon() {
  const t = useT();
  const locale = useLocale();
  const page = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const given = (teamId: string) => Object.fromEntries(page.myScores.filter((s) => s.teamId === teamId).map((s) => [s.criterion, s.score]));
  return (
    <div className="space-y-5">
      <PageHeader
        title={hackathonTitle(page.event, locale)}
        intro={`${formatDateTime(page.event.startsAt, locale)} · ${page.juror ? t("workshop.hackathon.youJudge") : page.mayForm ? t("workshop.hackathon.pickIntro") : t("workshop.hackathon.viewIntro")}`}
        actions={<Link to={`/hackathons/${page.event.id}/uitslag`}>{t("workshop.hackathon.results")}</Link>}
      />
      <SuccessNotice reply={reply} />
      <ErrorSummary reply={reply} />
      {page.challenges.length === 0 ? <p className="card text-slate-700">{t("workshop.hackathon.noChallenges")}</p> : null}
      {page.challenges.map((challenge) => {
        const teams = page.teams.filter((team) => team.challengeId === challenge.id);
        return (
          <section key={challenge.id} className="card space-y-4 break-words" aria-labelledby={`challenge-${challenge.id}`}>
            <div>
              <h2 id={`challenge-${challenge.id}`} className="text-xl font-bold">
                {challenge.title}
              </h2>
              <p className="text-sm text-slate-700">{challenge.organisation}</p>
              {challenge.description ? <p className="mt-2 whitespace-pre-line">{challenge.description}</p> : null}
            </div>
            {teams.length === 0 ? <p className="text-slate-700">{t("workshop.hackathon.noTeamsYet")}</p> : null}
            <ul className="space-y-3">
              {teams.map((team) => (
                <li key={team.id} className="rounded-md border border-slate-200 p-3">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <p>
                      <span className="font-semibold">{team.name}</span>
                      {page.myTeamId === team.id ? (
                        <span className="ml-2 text-sm font-semibold text-green-800">{t("workshop.hackathon.yourTeam")}</span>
                      ) : null}
                      <span className="block text-sm text-slate-700">
                        {team.members.length === 0 ? t("workshop.hackathon.emptyTeam") : team.members.map((m) => m.name).join(", ")}
                      </span>
                    </p>
                    {page.mayForm && page.myTeamId === null ? (
                      <Form method="post">
                        <input type="hidden" name="intent" value="join" />
                        <input type="hidden" name="teamId" value={team.id} />
                        <Button type="submit" small aria-label={t("workshop.hackathon.joinTeam", { team: team.name })}>
                          {t("workshop.hackathon.join")}
                        </Button>
                      </Form>
                    ) : null}
                    {page.mayForm && page.myTeamId === team.id ? (
                      <Form method="post">
                        <input type="hidden" name="intent" value="leave" />
                        <input type="hidden" name="teamId" value={team.id} />
                        <Button type="submit" small variant="secondary">
                          {t("workshop.hackathon.leave")}
                        </Button>
                      </Form>
                    ) : null}
                  </div>
                  {page.juror ? <ScoreForm teamId={team.id} teamName={team.name} given={given(team.id)} reply={reply} /> : null}
                </li>
              ))}
            </ul>
            {page.workChallengeIds.includes(challenge.id) ? (
              <TeamWork
                eventId={page.event.id}
                challengeId={challenge.id}
                versions={page.workVersions.filter((v) => v.challengeId === challenge.id)}
                reply={isErrorReply(reply) && reply.values.challengeId === challenge.id ? reply : undefined}
              />
            ) : null}
            {page.mayForm && page.myTeamId === null ? (
              <Form method="post" className="flex flex-wrap items-end gap-3 border-t border-slate-200 pt-3" noValidate>
                <input type="hidden" name="intent" value="newTeam" />
                <input type="hidden" name="challengeId" value={challenge.id} />
                <TextField name="name" scope={`team-${challenge.id}`} label={t("workshop.hackathon.teamName")} reply={reply} />
                <Button type="submit" variant="secondary">
                  {t("workshop.hackathon.startTeam")}
                </Button>
              </Form>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}

/** The challenge's work in versions and the form for the next one, for the team, teachers and staff. */
function TeamWork({
  eventId,
  challengeId,
  versions,
  reply,
}: {
  eventId: string;
  challengeId: string;
  versions: SerializeFrom<typeof loader>["workVersions"];
  reply: ReturnType<typeof useActionData<typeof action>>;
}) {
  const t = useT();
  return (
    <div className="space-y-3 border-t border-slate-200 pt-3">
      <h3 className="font-semibold">{t("workshop.hackathon.workTitle")}</h3>
      <OutcomeVersions versions={versions} fileHref={(versionId) => `/hackathons/${eventId}/werk/${versionId}`} />
      <Form method="post" encType="multipart/form-data" className="space-y-3" noValidate>
        <p className="text-sm text-slate-700">{t("workshop.hackathon.workIntro")}</p>
        <input type="hidden" name="intent" value="work" />
        <input type="hidden" name="challengeId" value={challengeId} />
        <ContentFields reply={reply} scope={`work-${challengeId}`} />
        <Button type="submit" small>
          {t("workshop.hackathon.workAdd")}
        </Button>
      </Form>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
