import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SelectField, SuccessNotice, TextAreaField, TextField } from "~/components/form";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { AssignmentCard } from "~/components/workshop/internship-bits";
import { requireRole } from "~/modules/auth/index.server";
import { useT } from "~/modules/i18n";
import { internshipStaffSchema } from "~/modules/workshop";
import { createAssignment, deliverAssignment, internshipCandidates, listAssignments, waiveFee } from "~/modules/workshop/index.server";
import { submitForm, successReply } from "~/utils/forms.server";
import { orErrorResponse } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("workshop.internship.title");

/** Staff's stage-opdrachten: make them from intakes, mark them delivered (the SME is asked to pay), waive a fee. */
export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "staff", "manager");
  const [assignments, candidates] = await Promise.all([listAssignments(werkplaats.id), internshipCandidates(werkplaats.id)]);
  return { assignments, candidates };
}

export async function action(args: ActionFunctionArgs) {
  const { werkplaats, user } = requireRole(args, "staff", "manager");
  return orErrorResponse(() =>
    submitForm(args.request, internshipStaffSchema, async (input) => {
      if (input.intent === "create") {
        await createAssignment(werkplaats.id, user.id, input);
        return successReply({ key: "workshop.internship.created" });
      }
      if (input.intent === "deliver") {
        await deliverAssignment(werkplaats, user.id, input.assignmentId);
        return successReply({ key: "workshop.internship.deliveredDone" });
      }
      await waiveFee(werkplaats.id, user.id, input.assignmentId, input.reason);
      return successReply({ key: "workshop.internship.waived" });
    }),
  );
}

export default function StaffInternships() {
  const t = useT();
  const { assignments, candidates } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  return (
    <div className="space-y-5">
      <PageHeader title={t("workshop.internship.title")} intro={t("workshop.internship.staffIntro")} />
      <SuccessNotice reply={reply} />
      <ErrorSummary reply={reply} />
      {assignments.length === 0 ? <p className="card text-slate-700">{t("workshop.internship.empty")}</p> : null}
      <ul className="grid gap-3 lg:grid-cols-2">
        {assignments.map((a) => (
          <AssignmentCard key={a.id} assignment={a}>
            {a.studentName && !a.deliveredAt ? (
              <Form method="post">
                <input type="hidden" name="intent" value="deliver" />
                <input type="hidden" name="assignmentId" value={a.id} />
                <Button type="submit" small>
                  {t("workshop.internship.deliver")}
                </Button>
              </Form>
            ) : null}
            {a.feeStatus === "open" ? (
              <details>
                <summary className="cursor-pointer text-sm font-semibold">{t("workshop.internship.waive")}</summary>
                <Form method="post" className="mt-2 flex flex-wrap items-end gap-3" noValidate>
                  <input type="hidden" name="intent" value="waive" />
                  <input type="hidden" name="assignmentId" value={a.id} />
                  <TextField name="reason" scope={`waive-${a.id}`} label={t("workshop.internship.waiveReason")} reply={reply} />
                  <Button type="submit" small variant="secondary">
                    {t("workshop.internship.waive")}
                  </Button>
                </Form>
              </details>
            ) : null}
          </AssignmentCard>
        ))}
      </ul>
      <section className="card space-y-3" aria-labelledby="create-title">
        <h2 id="create-title" className="text-xl font-bold">
          {t("workshop.internship.create")}
        </h2>
        {candidates.length === 0 ? (
          <p className="text-slate-700">{t("workshop.internship.noCandidates")}</p>
        ) : (
          <Form method="post" className="space-y-4" noValidate>
            <input type="hidden" name="intent" value="create" />
            <SelectField
              name="intakeId"
              label={t("workshop.internship.fromIntake")}
              options={candidates.map((c) => ({ value: c.id, label: `${c.organisation} — ${c.question.slice(0, 80)}` }))}
              reply={reply}
            />
            <TextField name="title" label={t("workshop.internship.name")} reply={reply} />
            <TextAreaField name="description" label={t("workshop.internship.description")} reply={reply} />
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField name="startsOn" type="date" label={t("workshop.internship.startsOn")} reply={reply} />
              <TextField name="endsOn" type="date" label={t("workshop.internship.endsOn")} reply={reply} />
              <TextField name="feeMinimum" inputMode="decimal" label={t("workshop.internship.feeMinimum")} reply={reply} />
              <TextField name="feeSuggested" inputMode="decimal" label={t("workshop.internship.feeSuggested")} reply={reply} />
            </div>
            <Button type="submit">{t("workshop.internship.create")}</Button>
          </Form>
        )}
      </section>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
