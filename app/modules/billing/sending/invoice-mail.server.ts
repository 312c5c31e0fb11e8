import { and, eq } from "drizzle-orm";
import { billingParties, invoices } from "#db/schema";
import type { Locale } from "~/modules/i18n";
import type { MailAttachment } from "~/modules/notifications/index.server";
import { formatDay } from "~/utils/calendar";
import { db } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { conflict, notFound } from "~/utils/errors";
import { formatMoney } from "~/utils/money";
import { invoiceDocument } from "../document.server";
import { issuedFile } from "../invoice-lists.server";
import { formatPaymentReference } from "../payment-reference";

/**
 * What every mail about an issued invoice needs: where it goes (the party's billing email as it
 * is today, or the one on the invoice), in the customer's language, the facts to quote (amount
 * still due, due date, IBAN, betalingskenmerk) and the PDF and UBL exactly as issued.
 */
export async function invoiceMail(werkplaatsId: string, invoiceId: string) {
  const [row] = await db
    .select({ status: invoices.status, partyEmail: billingParties.email, partyName: billingParties.name })
    .from(invoices)
    .innerJoin(billingParties, eq(billingParties.id, invoices.partyId))
    .where(and(eq(invoices.id, invoiceId), eq(invoices.werkplaatsId, werkplaatsId)));
  if (!row) throw notFound();
  const document = await invoiceDocument(werkplaatsId, invoiceId);
  if (row.status === "draft" || !document) throw conflict("billing.sending.errors.notIssued");
  const to = row.partyEmail ?? document.customer.email;
  if (!to) throw conflict("billing.sending.errors.noEmail");
  const locale: Locale = document.language;
  const [pdf, ubl] = await Promise.all([issuedFile(werkplaatsId, invoiceId, "pdf"), issuedFile(werkplaatsId, invoiceId, "ubl")]);
  const attachments: MailAttachment[] = [pdf, ubl].map((f) => ({ filename: f.filename, contentType: f.contentType, content: f.body }));
  return {
    to,
    locale,
    document,
    attachments,
    vars: {
      name: row.partyName,
      number: document.number,
      supplier: document.supplier.tradeName ?? document.supplier.legalName,
      issueDate: formatDay(document.issueDate, locale),
      dueDate: formatDay(document.dueDate, locale),
      amount: formatMoney(document.kind === "invoice" ? document.totals.dueCents : document.totals.grossCents, locale),
      iban: document.supplier.iban.replace(/(.{4})(?=.)/g, "$1 "),
      reference: formatPaymentReference(document.paymentReference),
      invoiceLink: `${appUrl()}/invoices/${invoiceId}`,
    },
  };
}
