import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { ErrorSummary, SuccessNotice } from "~/components/form";
import { PageHeader } from "~/components/ui/page-header";
import { requireRole } from "~/modules/auth/index.server";
import { sendFormSchema, sendInvoice, sendUnsentInvoices } from "~/modules/billing/index.server";
import { useT } from "~/modules/i18n";
import { submitForm, successReply } from "~/utils/forms.server";

/** The sending buttons post here: one invoice, that invoice again, or every unsent one. */
export async function action(args: ActionFunctionArgs) {
  const { user, werkplaats } = requireRole(args, "manager");
  return submitForm(args.request, sendFormSchema, async (input) => {
    if (input.intent === "sendAll") {
      const result = await sendUnsentInvoices(werkplaats.id, user.id);
      return successReply({ key: "billing.sending.bulkSent", vars: result });
    }
    const result = await sendInvoice(werkplaats.id, user.id, input.invoiceId, { again: input.intent === "resend" });
    return successReply({
      key: result.sent ? "billing.sending.sent" : "billing.sending.alreadySent",
      vars: { number: result.number, email: result.to },
    });
  });
}

export function loader(args: LoaderFunctionArgs) {
  requireRole(args, "manager");
  return null;
}

/**
 * With JavaScript the buttons post through a fetcher and the reply shows beside them. Without it
 * the browser posts the form itself and lands here: the same reply, and the way back.
 */
export default function SendReply() {
  const t = useT();
  const reply = useActionData<typeof action>();
  return (
    <>
      <PageHeader title={t("billing.sending.send")} />
      <SuccessNotice reply={reply} />
      <ErrorSummary reply={reply} />
      <Link to="/admin/invoices" className="underline">
        {t("billing.nav.invoices")}
      </Link>
    </>
  );
}
