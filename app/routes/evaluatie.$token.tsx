import { type ActionFunctionArgs, data, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { CheckboxGroupField, ErrorSummary, RadioGroupField, TextAreaField, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { LinkOutcome } from "~/components/workshop/evaluation-bits";
import { useT } from "~/modules/i18n";
import { followUpSteps, smeEvaluationSchema } from "~/modules/workshop";
import { answerEvaluation, evaluationByToken } from "~/modules/workshop/index.server";
import { submitForm, successReply } from "~/utils/forms.server";
import { PRIVATE_LINK_HEADERS } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("workshop.evaluation.formTitle");

const PRIVATE = PRIVATE_LINK_HEADERS;

/** The SME's evaluation link: no account; a guessed, used or expired link shows only that it does not work (404). */
export async function loader({ params }: LoaderFunctionArgs) {
  const evaluation = await evaluationByToken(params.token ?? "");
  return data({ evaluation }, { status: evaluation ? 200 : 404, headers: PRIVATE });
}

export async function action({ params, request }: ActionFunctionArgs) {
  return submitForm(request, smeEvaluationSchema, async (input) => {
    const stored = await answerEvaluation(params.token ?? "", input);
    if (!stored) return data({ status: "gone" as const }, { status: 404, headers: PRIVATE });
    return successReply({ key: "workshop.evaluation.thanks" }, { headers: PRIVATE });
  });
}

export default function Evaluate() {
  const t = useT();
  const { evaluation } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  if (reply?.status === "success" || reply?.status === "gone" || !evaluation) {
    const thanks = reply?.status === "success" ? t("workshop.evaluation.thanks") : null;
    return <LinkOutcome title={t("workshop.evaluation.formTitle")} thanks={thanks} />;
  }
  const formReply = reply?.status === "error" ? reply : undefined;
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <PageHeader
        title={t("workshop.evaluation.formTitle")}
        intro={`${evaluation.organisation} · ${t("workshop.evaluation.formIntro", { title: evaluation.title })}`}
      />
      <ErrorSummary
        reply={formReply}
        labels={{
          rating: t("workshop.evaluation.rating"),
          wouldRecommend: t("workshop.evaluation.recommend"),
          comment: t("workshop.evaluation.comment"),
        }}
      />
      <Form method="post" className="card space-y-5" noValidate>
        <TextField
          name="rating"
          type="number"
          min={1}
          max={10}
          inputMode="numeric"
          label={t("workshop.evaluation.rating")}
          hint={t("workshop.evaluation.ratingHint")}
          reply={formReply}
          className="input w-24"
        />
        <RadioGroupField
          name="wouldRecommend"
          legend={t("workshop.evaluation.recommend")}
          options={[
            { value: "yes", label: t("workshop.evaluation.yes") },
            { value: "no", label: t("workshop.evaluation.no") },
          ]}
          reply={formReply}
        />
        <CheckboxGroupField
          name="plannedSteps"
          legend={t("workshop.evaluation.planned")}
          options={followUpSteps.map((s) => ({ value: s, label: t(`workshop.evaluation.step.${s}`) }))}
          selected={[]}
          reply={formReply}
        />
        <TextAreaField name="comment" label={t("workshop.evaluation.comment")} rows={4} optional reply={formReply} />
        <Button type="submit">{t("workshop.evaluation.send")}</Button>
      </Form>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
