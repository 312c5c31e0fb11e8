import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SuccessNotice } from "~/components/form";
import { CancelPanel } from "~/components/members/cancel-panel";
import { ApprovePanel, AssignDeskPanel, ChangePlanPanel, DeclinePanel, EndDeskPanel, PausePanel } from "~/components/members/manage-panels";
import { MembershipOverview } from "~/components/members/membership-overview";
import { MembershipStatus } from "~/components/members/membership-status";
import { Notice } from "~/components/ui/notice";
import { requireRole } from "~/modules/auth/index.server";
import { useT } from "~/modules/i18n";
import { invoiceStrippenkaart } from "~/modules/billing/index.server";
import { managementView, runManagerAction } from "~/modules/memberships/index.server";
import { cancelPreviewSchema, manageMembershipSchema } from "~/modules/memberships";
import { parseQuery, submitForm, successReply } from "~/utils/forms.server";
import { orErrorResponse } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";
import { uuidParam } from "~/utils/params.server";

export const meta = pageTitle("nav.adminMemberships");

export async function loader(args: LoaderFunctionArgs) {
  const { werkplaats } = requireRole(args, "manager");
  const id = uuidParam(args.params.membershipId);
  const { cancelDate } = parseQuery(args.request, cancelPreviewSchema);
  return orErrorResponse(() => managementView(werkplaats.id, id, args.context.locale, cancelDate));
}

export async function action(args: ActionFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "manager");
  const id = uuidParam(args.params.membershipId);
  return submitForm(args.request, manageMembershipSchema, async (input) => {
    const message = await runManagerAction(werkplaats, user, id, input, invoiceStrippenkaart);
    if (input.intent === "cancel") return redirect(`/admin/memberships/${id}?cancelled=1`);
    return successReply(message);
  });
}

export default function ManageMembership() {
  const t = useT();
  const view = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  const { detail, actions } = view;
  return (
    <div className="space-y-6">
      <p>
        <Link to="/admin/memberships">← {t("adminMemberships.back")}</Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold sm:text-3xl">{detail.user.name}</h1>
        <MembershipStatus status={detail.status} />
      </div>
      {params.get("cancelled") === "1" ? <Notice tone="success">{t("manage.cancelled")}</Notice> : null}
      <SuccessNotice reply={reply} />
      <ErrorSummary
        reply={reply}
        labels={{
          deskId: t("deskChoice.label"),
          reason: t("manage.decline.reason"),
          effectiveOn: t("manage.changePlan.from"),
          from: t("manage.pause.from"),
          to: t("manage.pause.to"),
          planId: t("manage.changePlan.plan"),
          lastDay: t("manage.endDesk.title"),
        }}
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
        <MembershipOverview data={detail} showPerson />
        {/* A pending application waits for one decision: on a phone the actions come before the overview. */}
        <div className={`space-y-4 ${actions.approve ? "order-first lg:order-none" : ""}`}>
          <h2 className="text-xl font-bold">{t("manage.actions")}</h2>
          {actions.approve ? (
            <ApprovePanel needsDesk={actions.approve.needsDesk} desks={view.desks} from={actions.approve.from} reply={reply} busy={busy} />
          ) : null}
          {actions.approve ? <DeclinePanel reply={reply} busy={busy} /> : null}
          {actions.changePlan ? (
            <ChangePlanPanel
              plans={view.plans}
              currentPlanId={actions.changePlan.currentPlanId}
              desks={view.desksByKind}
              today={view.today}
              reply={reply}
              busy={busy}
            />
          ) : null}
          {actions.assignDesk ? <AssignDeskPanel desks={view.desks} today={view.today} reply={reply} busy={busy} /> : null}
          {actions.endDesks.length > 0 ? (
            <EndDeskPanel assignments={actions.endDesks} today={view.today} reply={reply} busy={busy} />
          ) : null}
          {actions.pause ? <PausePanel today={view.today} reply={reply} busy={busy} /> : null}
          {view.cancel.allowed ? (
            <CancelPanel
              today={view.cancel.today}
              requested={view.cancel.requested}
              preview={view.cancel.preview}
              problem={view.cancel.problem}
              busy={busy}
              memberName={detail.user.name}
            />
          ) : null}
          {!actions.any && !view.cancel.allowed ? <p className="text-slate-700">{t("manage.nothing")}</p> : null}
        </div>
      </div>
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
