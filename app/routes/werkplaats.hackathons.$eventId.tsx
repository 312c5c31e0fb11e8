import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SelectField, SuccessNotice, TextAreaField, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { OutcomeVersions, TeamAssignment } from "~/components/workshop/hackathon-bits";
import { ContentFields } from "~/components/workshop/deliverable-bits";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { hackathonStaffSchema, hackathonTitle } from "~/modules/workshop";
import {
  addChallenge,
  addJuror,
  assignToTeam,
  hackathonFile,
  MAX_TEAM_SIZE,
  outcomeVersionsOf,
  recordOutcome,
  sendChallengeLink,
} from "~/modules/workshop/index.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { isErrorReply } from "~/utils/forms";
import { submitForm, successReply } from "~/utils/forms.server";
import { orErrorResponse } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("workshop.hackathon.listTitle");

export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "staff", "manager");
  return orErrorResponse(async () => {
    const file = await hackathonFile(werkplaats.id, args.params.eventId ?? "");
    const outcomeVersions = await outcomeVersionsOf(file.challenges.map((c) => c.id));
    return { ...file, outcomeVersions, maxTeamSize: MAX_TEAM_SIZE };
  });
}

export async function action(args: ActionFunctionArgs) {
  const { werkplaats, user } = requireRole(args, "staff", "manager");
  const eventId = args.params.eventId ?? "";
  return orErrorResponse(() =>
    submitForm(args.request, hackathonStaffSchema, async (input) => {
      if (input.intent === "challenge") {
        await addChallenge(werkplaats.id, eventId, input);
        return successReply({ key: "workshop.hackathon.challengeAdded", vars: { title: input.title } });
      }
      if (input.intent === "juror") {
        const name = await addJuror(werkplaats.id, user.id, eventId, input.email);
        return successReply({ key: "workshop.hackathon.jurorAdded", vars: { name } });
      }
      if (input.intent === "assign") {
        const placed = await assignToTeam(werkplaats.id, eventId, input);
        return successReply({ key: "workshop.hackathon.assigned", vars: placed });
      }
      if (input.intent === "outcome") {
        await recordOutcome(werkplaats.id, user.id, eventId, input);
        return successReply({ key: "workshop.hackathon.outcomeSaved" });
      }
      await sendChallengeLink(werkplaats, eventId, input.challengeId);
      return successReply({ key: "workshop.hackathon.linkSent" });
    }),
  );
}

export default function HackathonFile() {
  const t = useT();
  const locale = useLocale();
  const { event, challenges, outcomeVersions, teams, jury, candidates, students, maxTeamSize } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  return (
    <div className="space-y-5">
      <p>
        <Link to="/werkplaats/hackathons">← {t("workshop.hackathon.listTitle")}</Link>
      </p>
      <PageHeader
        title={hackathonTitle(event, locale)}
        intro={formatDateTime(event.startsAt, locale)}
        actions={
          <>
            <Link to={`/hackathons/${event.id}`}>{t("workshop.hackathon.studentView")}</Link>
            <Link to={`/hackathons/${event.id}/uitslag`}>{t("workshop.hackathon.results")}</Link>
          </>
        }
      />
      <SuccessNotice reply={reply} />
      <ErrorSummary reply={reply} />
      <section className="card space-y-4" aria-labelledby="challenges-title">
        <h2 id="challenges-title" className="text-xl font-bold">
          {t("workshop.hackathon.challenges")}
        </h2>
        {challenges.length === 0 ? <p className="text-slate-700">{t("workshop.hackathon.noChallenges")}</p> : null}
        <ul className="space-y-4">
          {challenges.map((c) => {
            // The outcome form's errors belong beside this challenge's fields only.
            const outcomeReply = isErrorReply(reply) && reply.values.challengeId === c.id ? reply : undefined;
            return (
              <li key={c.id} className="space-y-2 rounded-md border border-slate-200 p-3 break-words">
                <p className="font-semibold">{c.title}</p>
                <p className="text-sm text-slate-700">
                  {c.organisation} · {t("workshop.hackathon.teamCount", { count: teams.filter((tm) => tm.challengeId === c.id).length })} ·{" "}
                  <Link to={`/werkplaats/intake/${c.intakeId}`}>{t("workshop.trajectory.intake")}</Link>
                </p>
                {c.outcome ? <p className="whitespace-pre-line">{c.outcome}</p> : null}
                <OutcomeVersions
                  versions={outcomeVersions.filter((v) => v.challengeId === c.id)}
                  fileHref={(versionId) => `/werkplaats/hackathons/${event.id}/werk/${versionId}`}
                />
                <details open={Boolean(outcomeReply)}>
                  <summary className="cursor-pointer font-semibold">{t("workshop.hackathon.outcome")}</summary>
                  <Form method="post" encType="multipart/form-data" className="mt-3 space-y-3" noValidate>
                    <input type="hidden" name="intent" value="outcome" />
                    <input type="hidden" name="challengeId" value={c.id} />
                    <TextAreaField
                      name="outcome"
                      scope={`outcome-${c.id}`}
                      label={t("workshop.hackathon.outcomeText")}
                      defaultValue={c.outcome ?? ""}
                      reply={outcomeReply}
                    />
                    <p className="text-sm text-slate-700">{t("workshop.hackathon.outcomeHint")}</p>
                    <ContentFields reply={outcomeReply} scope={`outcome-${c.id}`} />
                    <Button type="submit" small>
                      {t("workshop.hackathon.outcomeSave")}
                    </Button>
                  </Form>
                </details>
                <Form method="post" className="flex flex-wrap items-center gap-3">
                  <input type="hidden" name="intent" value="smeLink" />
                  <input type="hidden" name="challengeId" value={c.id} />
                  <Button type="submit" small variant="secondary">
                    {c.linkExpiresAt ? t("workshop.hackathon.linkAgain") : t("workshop.hackathon.linkSend")}
                  </Button>
                  {c.linkExpiresAt ? (
                    <span className="text-sm text-slate-700">
                      {t("workshop.hackathon.linkUntil", { date: formatDate(c.linkExpiresAt, locale) })}
                    </span>
                  ) : null}
                </Form>
              </li>
            );
          })}
        </ul>
        {candidates.length === 0 ? (
          <p className="text-sm text-slate-700">{t("workshop.hackathon.noCandidates")}</p>
        ) : (
          <Form method="post" className="space-y-3 border-t border-slate-200 pt-4" noValidate>
            <h3 className="font-semibold">{t("workshop.hackathon.addChallenge")}</h3>
            <input type="hidden" name="intent" value="challenge" />
            <SelectField
              name="intakeId"
              label={t("workshop.hackathon.fromIntake")}
              options={candidates.map((c) => ({ value: c.id, label: `${c.organisation} — ${c.question.slice(0, 80)}` }))}
              reply={reply}
            />
            <TextField name="title" label={t("workshop.hackathon.challengeTitle")} reply={reply} />
            <TextAreaField name="description" label={t("workshop.hackathon.challengeDescription")} optional reply={reply} />
            <Button type="submit">{t("workshop.hackathon.addChallenge")}</Button>
          </Form>
        )}
      </section>
      <TeamAssignment teams={teams} students={students} max={maxTeamSize} reply={reply} />
      <section className="card space-y-3" aria-labelledby="jury-title">
        <h2 id="jury-title" className="text-xl font-bold">
          {t("workshop.hackathon.jury")}
        </h2>
        {jury.length === 0 ? (
          <p className="text-slate-700">{t("workshop.hackathon.noJury")}</p>
        ) : (
          <ul className="list-disc pl-5">
            {jury.map((j) => (
              <li key={j.id}>{j.name}</li>
            ))}
          </ul>
        )}
        <Form method="post" className="flex flex-wrap items-end gap-3" noValidate>
          <input type="hidden" name="intent" value="juror" />
          <TextField
            name="email"
            type="email"
            label={t("workshop.hackathon.jurorEmail")}
            hint={t("workshop.hackathon.jurorHint")}
            reply={reply}
          />
          <Button type="submit" variant="secondary">
            {t("workshop.hackathon.addJuror")}
          </Button>
        </Form>
      </section>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
