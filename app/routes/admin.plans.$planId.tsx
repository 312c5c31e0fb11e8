import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { SuccessNotice } from "~/components/form";
import { PlanForm } from "~/components/members/plan-form";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { useLocale, useT } from "~/modules/i18n";
import { planName, planSchema } from "~/modules/plans";
import { getPlan, updatePlan } from "~/modules/plans/index.server";
import { submitForm, successReply } from "~/utils/forms.server";
import { orErrorResponse } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";
import { uuidParam } from "~/utils/params.server";

export const meta = pageTitle("adminPlans.title");

export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const id = uuidParam(args.params.planId);
  return { plan: await orErrorResponse(() => getPlan(werkplaats.id, id)) };
}

export async function action(args: ActionFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const id = uuidParam(args.params.planId);
  return submitForm(args.request, planSchema, async (input) => {
    await updatePlan(werkplaats.id, id, input);
    return successReply({ key: "adminPlans.saved" });
  });
}

export default function EditPlan() {
  const t = useT();
  const locale = useLocale();
  const { plan } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="mx-auto max-w-3xl">
      <p className="mb-4">
        <Link to="/admin/plans">← {t("adminPlans.title")}</Link>
      </p>
      <PageHeader
        title={t("adminPlans.editTitle", { plan: planName(plan, locale) })}
        intro={t("adminPlans.hiddenLink", { link: `/membership/apply?plan=${plan.id}` })}
      />
      <SuccessNotice reply={reply} />
      <div className="card">
        <PlanForm plan={plan} reply={reply} busy={busy} submitLabel={t("common.save")} />
      </div>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
