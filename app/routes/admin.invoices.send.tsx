import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/modules/auth/index.server";
import { sendFormSchema, sendInvoice, sendUnsentInvoices } from "~/modules/billing/index.server";
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

/** Nothing to show here: the buttons live on the invoice pages. */
export function loader() {
  return redirect("/admin/invoices");
}
