import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorPage } from "~/components/error-page";
import { CheckboxGroupField, ErrorSummary, TextAreaField, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { useT } from "~/modules/i18n";
import { studyLevels, trajectoryFormSchema, workshopThemes } from "~/modules/workshop";
import { createTrajectory, intakeForTrajectory } from "~/modules/workshop/index.server";
import { id } from "~/utils/fields";
import { parseQuery, submitForm } from "~/utils/forms.server";
import { orErrorResponse } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("workshop.trajectory.newTitle");

export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "staff", "manager");
  const { intake: intakeId } = parseQuery(args.request, z.object({ intake: id() }));
  return orErrorResponse(async () => {
    const { intake, existingId } = await intakeForTrajectory(werkplaats.id, intakeId);
    // One intake, one trajectory: a second visit goes to the one that exists.
    if (existingId) throw redirect(`/werkplaats/trajecten/${existingId}`);
    return {
      intake: {
        id: intake.id,
        organisation: intake.organisation,
        themes: intake.themes,
        question: intake.clarifiedQuestion ?? intake.question,
      },
    };
  });
}

export async function action(args: ActionFunctionArgs) {
  const { werkplaats, user } = requireRole(args, "staff", "manager");
  return orErrorResponse(() =>
    submitForm(args.request, trajectoryFormSchema, async (input) => {
      const trajectoryId = await createTrajectory(werkplaats.id, user.id, input);
      return redirect(`/werkplaats/trajecten/${trajectoryId}`);
    }),
  );
}

export default function NewTrajectory() {
  const t = useT();
  const { intake } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  return (
    <div className="max-w-3xl space-y-5">
      <PageHeader
        title={t("workshop.trajectory.newTitle")}
        intro={t("workshop.trajectory.newIntro", { organisation: intake.organisation })}
      />
      <ErrorSummary
        reply={reply}
        labels={{
          title: t("workshop.trajectory.title"),
          clarifiedQuestion: t("workshop.trajectory.clarifiedQuestion"),
          themes: t("workshop.trajectory.themes"),
          institutions: t("workshop.trajectory.institutions"),
          programme: t("workshop.trajectory.programme"),
          levels: t("workshop.trajectory.levels"),
          periodStart: t("workshop.trajectory.periodStart"),
          periodEnd: t("workshop.trajectory.periodEnd"),
        }}
      />
      <Form method="post" className="card space-y-4" noValidate>
        <input type="hidden" name="intakeId" value={intake.id} />
        <TextField name="title" label={t("workshop.trajectory.title")} defaultValue={intake.organisation} reply={reply} />
        <TextAreaField
          name="clarifiedQuestion"
          label={t("workshop.trajectory.clarifiedQuestion")}
          rows={4}
          defaultValue={intake.question}
          reply={reply}
        />
        <CheckboxGroupField
          name="themes"
          legend={t("workshop.trajectory.themes")}
          options={workshopThemes.map((v) => ({ value: v, label: t(`theme.${v}`) }))}
          selected={intake.themes}
          reply={reply}
        />
        <TextAreaField
          name="institutions"
          label={t("workshop.trajectory.institutions")}
          hint={t("workshop.trajectory.institutionsHint")}
          rows={2}
          reply={reply}
        />
        <TextField name="programme" label={t("workshop.trajectory.programme")} reply={reply} />
        <CheckboxGroupField
          name="levels"
          legend={t("workshop.trajectory.levels")}
          options={studyLevels.map((v) => ({ value: v, label: t(`workshop.trajectory.level.${v}`) }))}
          selected={[]}
          reply={reply}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField name="periodStart" type="date" label={t("workshop.trajectory.periodStart")} reply={reply} />
          <TextField name="periodEnd" type="date" label={t("workshop.trajectory.periodEnd")} reply={reply} />
        </div>
        <Button type="submit">{t("workshop.trajectory.start")}</Button>
      </Form>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
