import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { ErrorSummary } from "~/components/form";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { useT } from "~/modules/i18n";
import { refundProposalSchema } from "~/modules/stripe";
import { confirmRefundProposal, dismissRefundProposal, isStripeConfigured } from "~/modules/stripe/index.server";
import { submitForm } from "~/utils/forms.server";
import { notFoundResponse } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";
import { uuidParam } from "~/utils/params.server";

export const meta = pageTitle("stripe.refunds.title");

export function loader() {
  notFoundResponse();
}

/** The manager's answer to a refund made in Stripe's dashboard: the credit note (shown next), or none. */
export async function action(args: ActionFunctionArgs) {
  const { werkplaats, user } = requireRole(args, "manager");
  const id = uuidParam(args.params.refundId);
  if (!isStripeConfigured()) notFoundResponse();
  return submitForm(args.request, refundProposalSchema, async (input) => {
    if (input.intent === "dismiss") {
      await dismissRefundProposal(werkplaats.id, id);
      return redirect("/admin/billing");
    }
    const note = await confirmRefundProposal(werkplaats.id, user.id, id);
    return redirect(`/invoices/${note.id}`);
  });
}

/** Shown only when the answer could not be carried out: why, and the way back. */
export default function RefundProposalAnswer() {
  const t = useT();
  const reply = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <PageHeader title={t("stripe.refunds.title")} />
      <ErrorSummary reply={reply} />
      <Link to="/admin/billing">← {t("billing.run.title")}</Link>
    </div>
  );
}
