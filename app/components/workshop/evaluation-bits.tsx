import { Form } from "@remix-run/react";
import { TextAreaField, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { useLocale, useT } from "~/modules/i18n";
import type { EvaluationRespondent, FollowUpStep } from "~/modules/workshop";
import { formatDate } from "~/utils/dates";
import type { FormReply } from "~/utils/forms";

type Evaluation = {
  id: string;
  respondent: EvaluationRespondent;
  askedAt: string | Date;
  answeredAt: string | Date | null;
  linkExpiresAt: string | Date | null;
  name: string | null;
  rating: number | null;
  wouldRecommend: boolean | null;
  teamRating: number | null;
  smeRating: number | null;
  expertRating: number | null;
  plannedSteps: string[];
  comment: string;
  followUpDueOn: string | null;
  followUpAskedAt: string | Date | null;
  followUpAnsweredAt: string | Date | null;
  takenSteps: string[];
};

/** Staff's view of a trajectory's evaluations: what was asked, what came back, and where the follow-up stands. */
export function EvaluationResults({ evaluations, now }: { evaluations: Evaluation[]; now: string }) {
  const t = useT();
  const locale = useLocale();
  const steps = (values: string[]) => values.map((s) => t(`workshop.evaluation.step.${s as FollowUpStep}`)).join(", ");
  return (
    <section className="card space-y-3" aria-labelledby="evaluation-title">
      <h2 id="evaluation-title" className="text-xl font-bold">
        {t("workshop.evaluation.title")}
      </h2>
      <p className="text-slate-700">{t("workshop.evaluation.staffIntro")}</p>
      {evaluations.length === 0 ? <p className="text-slate-700">{t("workshop.evaluation.none")}</p> : null}
      {evaluations.map((e) => (
        <article key={e.id} className="space-y-1 border-t border-slate-200 pt-3 break-words">
          <h3 className="font-semibold">
            {t(`workshop.evaluation.respondent.${e.respondent}`)}
            {e.name ? ` ${e.name}` : ""} ·{" "}
            <span className="font-normal">{t("workshop.evaluation.asked", { date: formatDate(e.askedAt, locale) })}</span>
          </h3>
          {e.answeredAt ? (
            <>
              <p>
                {t("workshop.evaluation.answered", { date: formatDate(e.answeredAt, locale) })} ·{" "}
                <span className="font-semibold">{t("workshop.evaluation.ratingValue", { rating: e.rating ?? "" })}</span> ·{" "}
                {e.respondent !== "sme"
                  ? t("workshop.evaluation.teamValues", { team: e.teamRating ?? "", sme: e.smeRating ?? "" }) +
                    (e.expertRating ? ` · ${t("workshop.evaluation.expertValue", { expert: e.expertRating })}` : "")
                  : e.wouldRecommend
                    ? t("workshop.evaluation.recommends")
                    : t("workshop.evaluation.notRecommends")}
              </p>
              {e.plannedSteps.length > 0 ? <p>{t("workshop.evaluation.plannedValue", { steps: steps(e.plannedSteps) })}</p> : null}
              {e.comment ? <blockquote className="border-l-4 border-slate-300 pl-3 whitespace-pre-line">{e.comment}</blockquote> : null}
            </>
          ) : e.linkExpiresAt && new Date(e.linkExpiresAt) > new Date(now) ? (
            <p className="text-slate-700">{t("workshop.evaluation.waiting", { date: formatDate(e.linkExpiresAt, locale) })}</p>
          ) : (
            <p className="text-slate-700">{t("workshop.evaluation.expired")}</p>
          )}
          {e.respondent === "sme" && e.followUpDueOn ? (
            e.followUpAnsweredAt ? (
              <p>{t("workshop.evaluation.takenValue", { steps: steps(e.takenSteps) })}</p>
            ) : e.followUpAskedAt ? (
              <p className="text-slate-700">{t("workshop.evaluation.followUpAsked", { date: formatDate(e.followUpAskedAt, locale) })}</p>
            ) : (
              <p className="text-slate-700">{t("workshop.evaluation.followUpDue", { date: formatDate(e.followUpDueOn, locale) })}</p>
            )
          ) : null}
        </article>
      ))}
    </section>
  );
}

/**
 * What an SME's private link shows once there is no form: thanks after the answer, or only that the
 * link does not work (guessed, used or expired alike). The evaluation and the follow-up share it.
 */
export function LinkOutcome({ title, thanks }: { title: string; thanks: string | null }) {
  const t = useT();
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">{title}</h1>
      {thanks ? <Notice tone="success">{thanks}</Notice> : <Notice tone="warning">{t("workshop.evaluation.gone")}</Notice>}
    </div>
  );
}

type TeamEvaluation = {
  answer: { rating: number | null; teamRating: number | null; smeRating: number | null; expertRating: number | null } | null;
  asksExpert: boolean;
};

/** A student's or the teacher's own evaluation on the team page once the work is delivered: the form, or what they answered. */
export function TeamEvaluationForm({ evaluation, reply }: { evaluation: TeamEvaluation; reply: FormReply | null | undefined }) {
  const t = useT();
  const { answer } = evaluation;
  const mark = (name: string, label: string, optional = false) => (
    <TextField
      name={name}
      type="number"
      min={1}
      max={10}
      inputMode="numeric"
      label={label}
      optional={optional}
      reply={reply}
      className="input w-24"
    />
  );
  return (
    <section className="card space-y-3" aria-labelledby="own-evaluation-title">
      <h2 id="own-evaluation-title" className="text-xl font-bold">
        {t("workshop.evaluation.teamTitle")}
      </h2>
      {answer ? (
        <p>
          {t("workshop.evaluation.teamAnswered", {
            rating: answer.rating ?? "",
            team: answer.teamRating ?? "",
            sme: answer.smeRating ?? "",
          })}
        </p>
      ) : (
        <>
          <p className="text-slate-700">{t("workshop.evaluation.teamIntro")}</p>
          <p className="text-sm text-slate-700">{t("workshop.evaluation.ratingHint")}</p>
          <Form method="post" className="space-y-4" noValidate>
            <input type="hidden" name="intent" value="evaluation" />
            <div className="grid gap-4 sm:grid-cols-2">
              {mark("rating", t("workshop.evaluation.teamRatingOverall"))}
              {mark("teamRating", t("workshop.evaluation.teamRatingTeam"))}
              {mark("smeRating", t("workshop.evaluation.teamRatingSme"))}
              {evaluation.asksExpert ? mark("expertRating", t("workshop.evaluation.teamRatingExpert"), true) : null}
            </div>
            <TextAreaField name="comment" label={t("workshop.evaluation.comment")} rows={3} optional reply={reply} />
            <Button type="submit">{t("workshop.evaluation.send")}</Button>
          </Form>
        </>
      )}
    </section>
  );
}
