import { type ActionFunctionArgs, data, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { CheckboxGroupField, ErrorSummary } from "~/components/form";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { LinkOutcome } from "~/components/workshop/evaluation-bits";
import { useT } from "~/modules/i18n";
import { followUpAnswerSchema, followUpSteps } from "~/modules/workshop";
import { answerFollowUp, followUpByToken } from "~/modules/workshop/index.server";
import { submitForm, successReply } from "~/utils/forms.server";
import { PRIVATE_LINK_HEADERS } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("workshop.evaluation.followUpTitle");

const PRIVATE = PRIVATE_LINK_HEADERS;

/** Three months after delivery: the SME says which steps were taken. A link that does not work shows only that (404). */
export async function loader({ params }: LoaderFunctionArgs) {
  const followUp = await followUpByToken(params.token ?? "");
  return data({ followUp }, { status: followUp ? 200 : 404, headers: PRIVATE });
}

export async function action({ params, request }: ActionFunctionArgs) {
  return submitForm(request, followUpAnswerSchema, async (input) => {
    const stored = await answerFollowUp(params.token ?? "", input);
    if (!stored) return data({ status: "gone" as const }, { status: 404, headers: PRIVATE });
    return successReply({ key: "workshop.evaluation.followUpThanks" }, { headers: PRIVATE });
  });
}

export default function FollowUp() {
  const t = useT();
  const { followUp } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  if (reply?.status === "success" || reply?.status === "gone" || !followUp) {
    const thanks = reply?.status === "success" ? t("workshop.evaluation.followUpThanks") : null;
    return <LinkOutcome title={t("workshop.evaluation.followUpTitle")} thanks={thanks} />;
  }
  const formReply = reply?.status === "error" ? reply : undefined;
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <PageHeader
        title={t("workshop.evaluation.followUpTitle")}
        intro={`${followUp.organisation} · ${t("workshop.evaluation.followUpIntro", { title: followUp.title })}`}
      />
      <ErrorSummary reply={formReply} labels={{ takenSteps: t("workshop.evaluation.taken") }} />
      <Form method="post" className="card space-y-5" noValidate>
        <CheckboxGroupField
          name="takenSteps"
          legend={t("workshop.evaluation.taken")}
          options={followUpSteps.map((s) => ({ value: s, label: t(`workshop.evaluation.step.${s}`) }))}
          selected={followUp.plannedSteps}
          reply={formReply}
        />
        <Button type="submit">{t("workshop.evaluation.send")}</Button>
      </Form>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
