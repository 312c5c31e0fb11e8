import { and, asc, desc, eq, isNull, ne, sql } from "drizzle-orm";
import { invoices, moneyEvents } from "#db/schema";
import { enqueueMail } from "~/modules/notifications/index.server";
import { db } from "~/utils/db.server";
import { isDomainError } from "~/utils/errors";
import { logger } from "~/utils/logger.server";
import { recordMoneyEvent } from "../audit.server";
import { invoiceMail } from "./invoice-mail.server";

export type SendResult = { number: string; to: string; sent: boolean };

/**
 * Mails an issued invoice or credit note to its billing party with the PDF and UBL attached.
 * Marking it sent and queueing the mail happen in one transaction, guarded by `sent_at is null`:
 * a second click, a second manager or "send all" at the same moment mail it once. Only `again`
 * (the manager's "opnieuw versturen") mails an invoice that was sent before.
 */
export async function sendInvoice(
  werkplaatsId: string,
  actorId: string | null,
  invoiceId: string,
  options: { again?: boolean } = {},
): Promise<SendResult> {
  const mail = await invoiceMail(werkplaatsId, invoiceId);
  const number = mail.document.number;
  return db.transaction(async (tx) => {
    const marked = await tx
      .update(invoices)
      .set({ sentAt: sql`now()` })
      .where(
        and(
          eq(invoices.id, invoiceId),
          eq(invoices.werkplaatsId, werkplaatsId),
          ne(invoices.status, "draft"),
          options.again ? undefined : isNull(invoices.sentAt),
        ),
      )
      .returning({ id: invoices.id });
    if (marked.length === 0) return { number, to: mail.to, sent: false };
    const messageId = await enqueueMail(tx, {
      werkplaatsId,
      to: mail.to,
      locale: mail.locale,
      template: mail.document.kind === "credit_note" ? "mail.creditNote" : "mail.invoice",
      vars: mail.vars,
      attachments: mail.attachments,
    });
    await recordMoneyEvent(tx, {
      werkplaatsId,
      invoiceId,
      actorId,
      kind: "sent",
      details: { number, to: mail.to, again: !!options.again, messageId },
    });
    return { number, to: mail.to, sent: true };
  });
}

/** Issued invoices and credit notes that have not been mailed yet, oldest first. */
export async function unsentInvoiceIds(werkplaatsId: string) {
  const rows = await db
    .select({ id: invoices.id })
    .from(invoices)
    .where(and(eq(invoices.werkplaatsId, werkplaatsId), ne(invoices.status, "draft"), isNull(invoices.sentAt)))
    .orderBy(asc(invoices.issueDate), asc(invoices.sequence));
  return rows.map((r) => r.id);
}

/**
 * "Alle onverzonden versturen", e.g. after a billing run: each invoice on its own, so one
 * customer without an email address does not hold back the rest; those are counted as skipped.
 */
export async function sendUnsentInvoices(werkplaatsId: string, actorId: string | null) {
  let sent = 0;
  let skipped = 0;
  for (const id of await unsentInvoiceIds(werkplaatsId)) {
    try {
      if ((await sendInvoice(werkplaatsId, actorId, id)).sent) sent++;
    } catch (error) {
      if (!isDomainError(error)) throw error;
      logger.info("invoice not sent", { invoiceId: id, reason: error.key });
      skipped++;
    }
  }
  return { sent, skipped };
}

/** When and to whom an invoice last went, for its page: the latest "sent" in the audit trail. */
export async function lastSending(werkplaatsId: string, invoiceId: string) {
  const [event] = await db
    .select({ at: moneyEvents.at, details: moneyEvents.details })
    .from(moneyEvents)
    .where(and(eq(moneyEvents.werkplaatsId, werkplaatsId), eq(moneyEvents.invoiceId, invoiceId), eq(moneyEvents.kind, "sent")))
    .orderBy(desc(moneyEvents.at))
    .limit(1);
  return event ? { at: event.at, to: String(event.details.to ?? "") } : null;
}
