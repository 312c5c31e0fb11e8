import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useNavigation } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { PlanForm } from "~/components/members/plan-form";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { useT } from "~/modules/i18n";
import { planSchema } from "~/modules/plans";
import { createPlan } from "~/modules/plans/index.server";
import { submitForm } from "~/utils/forms.server";
import { pageTitle } from "~/utils/meta";

export const meta = pageTitle("adminPlans.newTitle");

export function loader(args: LoaderFunctionArgs) {
  requireRole(args, "manager");
  return null;
}

export async function action(args: ActionFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  return submitForm(args.request, planSchema, async (input) => {
    await createPlan(werkplaats.id, input);
    return redirect("/admin/plans");
  });
}

export default function NewPlan() {
  const t = useT();
  const reply = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="mx-auto max-w-3xl">
      <p className="mb-4">
        <Link to="/admin/plans">← {t("adminPlans.title")}</Link>
      </p>
      <PageHeader title={t("adminPlans.newTitle")} />
      <div className="card">
        <PlanForm reply={reply} busy={busy} submitLabel={t("adminPlans.new")} />
      </div>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
