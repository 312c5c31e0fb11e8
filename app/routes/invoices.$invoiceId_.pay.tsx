import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useParams } from "@remix-run/react";
import { ErrorSummary } from "~/components/form";
import { PageHeader } from "~/components/ui/page-header";
import { requireUser, requireWerkplaats } from "~/modules/auth/index.server";
import { useT } from "~/modules/i18n";
import { payOnlineSchema } from "~/modules/stripe";
import { isStripeConfigured, payInvoiceOnline } from "~/modules/stripe/index.server";
import { conflict } from "~/utils/errors";
import { submitForm } from "~/utils/forms.server";
import { notFoundResponse } from "~/utils/http.server";
import { pageTitle } from "~/utils/meta";
import { uuidParam } from "~/utils/params.server";

export const meta = pageTitle("stripe.pay.title");

export function loader() {
  notFoundResponse();
}

/** "Online betalen" on an invoice page: whoever may read the invoice is sent to Stripe Checkout for its open amount. */
export async function action(args: ActionFunctionArgs) {
  const user = requireUser(args);
  const werkplaats = requireWerkplaats(args);
  const id = uuidParam(args.params.invoiceId);
  if (!isStripeConfigured()) notFoundResponse();
  return submitForm(args.request, payOnlineSchema, async (input) => {
    const url = await payInvoiceOnline(werkplaats, { id: user.id, roles: args.context.roles }, id, {
      saveForLater: input.saveForLater,
      locale: args.context.locale,
    });
    if (!url) throw conflict("stripe.pay.unavailable");
    return redirect(url);
  });
}

/** Shown only when paying could not start: why, and the way back. */
export default function PayOnline() {
  const t = useT();
  const reply = useActionData<typeof action>();
  const { invoiceId } = useParams();
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <PageHeader title={t("stripe.pay.title")} />
      <ErrorSummary reply={reply} />
      <Link to={`/invoices/${invoiceId}`}>← {t("stripe.pay.back")}</Link>
    </div>
  );
}
