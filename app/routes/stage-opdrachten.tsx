import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SelectField, SuccessNotice } from "~/components/form";
import { Button } from "~/components/ui/button";
import { PageHeader } from "~/components/ui/page-header";
import { AssignmentCard } from "~/components/workshop/internship-bits";
import { requireUser, requireWerkplaats } from "~/modules/auth/index.server";
import { useT } from "~/modules/i18n";
import { claimSchema } from "~/modules/workshop";
import { assignmentsFor, claimAssignment } from "~/modules/workshop/index.server";
import { submitForm, successReply } from "~/utils/forms.server";
import { orErrorResponse } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("workshop.internship.title");

/** Teachers claim open stage-opdrachten for a student; students see the ones they work on. */
export async function loader(args: LoaderFunctionArgs) {
  const user = requireUser(args);
  const werkplaats = requireWerkplaats(args);
  return orErrorResponse(() => assignmentsFor(werkplaats.id, { id: user.id, roles: args.context.roles }));
}

export async function action(args: ActionFunctionArgs) {
  const user = requireUser(args);
  const werkplaats = requireWerkplaats(args);
  return orErrorResponse(() =>
    submitForm(args.request, claimSchema, async (input) => {
      await claimAssignment(werkplaats.id, { id: user.id, roles: args.context.roles }, input);
      return successReply({ key: "workshop.internship.claimed" });
    }),
  );
}

export default function Internships() {
  const t = useT();
  const { open, mine, students, claims } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  return (
    <div className="space-y-5">
      <PageHeader
        title={t("workshop.internship.title")}
        intro={claims ? t("workshop.internship.intro") : t("workshop.internship.studentIntro")}
      />
      <SuccessNotice reply={reply} />
      <ErrorSummary reply={reply} />
      {claims ? (
        <section className="space-y-3" aria-labelledby="open-title">
          <h2 id="open-title" className="text-xl font-bold">
            {t("workshop.internship.open")}
          </h2>
          {open.length === 0 ? <p className="card text-slate-700">{t("workshop.internship.noneOpen")}</p> : null}
          <ul className="grid gap-3 lg:grid-cols-2">
            {open.map((a) => (
              <AssignmentCard key={a.id} assignment={a}>
                <Form method="post" className="flex flex-wrap items-end gap-3" noValidate>
                  <input type="hidden" name="assignmentId" value={a.id} />
                  <SelectField
                    name="studentId"
                    scope={`claim-${a.id}`}
                    label={t("workshop.internship.claimFor")}
                    options={students.map((s) => ({ value: s.id, label: s.name }))}
                    reply={reply}
                  />
                  <Button type="submit" small>
                    {t("workshop.internship.claim")}
                  </Button>
                </Form>
              </AssignmentCard>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="space-y-3" aria-labelledby="mine-title">
        <h2 id="mine-title" className="text-xl font-bold">
          {t("workshop.internship.mine")}
        </h2>
        {mine.length === 0 ? <p className="card text-slate-700">{t("workshop.internship.empty")}</p> : null}
        <ul className="grid gap-3 lg:grid-cols-2">
          {mine.map((a) => (
            <AssignmentCard key={a.id} assignment={a} />
          ))}
        </ul>
      </section>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
