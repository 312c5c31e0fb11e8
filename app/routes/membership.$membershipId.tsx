import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { ErrorPage } from "~/components/error-page";
import { ErrorSummary, SuccessNotice } from "~/components/form";
import { CancelPanel } from "~/components/members/cancel-panel";
import { MembershipOverview } from "~/components/members/membership-overview";
import { Button } from "~/components/ui/button";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { requireUser, requireWerkplaats } from "~/modules/auth/index.server";
import { useT } from "~/modules/i18n";
import { withdrawApplication, cancelMembership, cancellationView, membershipDetail } from "~/modules/memberships/index.server";
import { cancelPreviewSchema, memberActionSchema } from "~/modules/memberships";
import { parseQuery, submitForm, successReply } from "~/utils/forms.server";
import { orErrorResponse } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";
import { uuidParam } from "~/utils/params.server";

export const meta = pageTitle("nav.membership");

/** A member's own membership; anyone else's is "not found". */
export async function loader(args: LoaderFunctionArgs) {
  const user = requireUser(args);
  const werkplaats = requireWerkplaats(args);
  const id = uuidParam(args.params.membershipId);
  const { cancelDate } = parseQuery(args.request, cancelPreviewSchema);
  return orErrorResponse(async () => {
    const detail = await membershipDetail(werkplaats.id, id, args.context.locale, { ownerId: user.id });
    return { detail, cancel: await cancellationView(werkplaats.id, detail, cancelDate, user.id) };
  });
}

export async function action(args: ActionFunctionArgs) {
  const user = requireUser(args);
  const werkplaats = requireWerkplaats(args);
  const id = uuidParam(args.params.membershipId);
  return submitForm(args.request, memberActionSchema, async (input) => {
    if (input.intent === "withdraw") {
      await withdrawApplication(werkplaats.id, user.id, id);
      return successReply({ key: "myMembership.withdrawn" });
    }
    await cancelMembership(werkplaats, user, id, input.requestedEnd, { ownerId: user.id });
    return redirect(`/membership/${id}?cancelled=1`);
  });
}

export default function MyMembership() {
  const t = useT();
  const { detail, cancel } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title={t("nav.membership")} />
      {params.get("applied") === "1" ? (
        <Notice tone="success" title={t("myMembership.appliedTitle")}>
          {t("myMembership.appliedBody")}
        </Notice>
      ) : null}
      {params.get("cancelled") === "1" ? <Notice tone="success">{t("myMembership.cancelledBody")}</Notice> : null}
      <SuccessNotice reply={reply} />
      <ErrorSummary reply={reply} />
      <MembershipOverview data={detail} showPerson={false} />
      {detail.membership.status === "pending" ? (
        <section className="card" aria-labelledby="withdraw-title">
          <h2 id="withdraw-title" className="text-xl font-bold">
            {t("myMembership.withdrawTitle")}
          </h2>
          <p className="mt-1 mb-4 text-slate-700">{t("myMembership.withdrawBody")}</p>
          <Form method="post">
            <Button type="submit" name="intent" value="withdraw" variant="danger" disabled={busy}>
              {t("myMembership.withdraw")}
            </Button>
          </Form>
        </section>
      ) : null}
      {cancel.allowed ? (
        <CancelPanel today={cancel.today} requested={cancel.requested} preview={cancel.preview} problem={cancel.problem} busy={busy} />
      ) : null}
    </div>
  );
}

export const ErrorBoundary = ErrorPage;
