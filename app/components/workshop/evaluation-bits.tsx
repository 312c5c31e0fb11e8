import { useLocale, useT } from "~/modules/i18n";
import type { EvaluationRespondent, FollowUpStep } from "~/modules/workshop";
import { formatDate } from "~/utils/dates";

type Evaluation = {
  id: string;
  respondent: EvaluationRespondent;
  askedAt: string | Date;
  answeredAt: string | Date | null;
  linkExpiresAt: string | Date | null;
  rating: number | null;
  wouldRecommend: boolean | null;
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
            {t(`workshop.evaluation.respondent.${e.respondent}`)} ·{" "}
            <span className="font-normal">{t("workshop.evaluation.asked", { date: formatDate(e.askedAt, locale) })}</span>
          </h3>
          {e.answeredAt ? (
            <>
              <p>
                {t("workshop.evaluation.answered", { date: formatDate(e.answeredAt, locale) })} ·{" "}
                <span className="font-semibold">{t("workshop.evaluation.ratingValue", { rating: e.rating ?? "" })}</span> ·{" "}
                {e.wouldRecommend ? t("workshop.evaluation.recommends") : t("workshop.evaluation.notRecommends")}
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
