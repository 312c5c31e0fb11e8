import { and, eq, lt, sql } from "drizzle-orm";
import { billingParties, billingSettings, invoiceReminders, invoices, werkplaatsen } from "#db/schema";
import { enqueueMail, type MailTemplate } from "~/modules/notifications/index.server";
import { addDays, formatDay, type IsoDate } from "~/utils/calendar";
import { db } from "~/utils/db.server";
import { conflict, isDomainError } from "~/utils/errors";
import { logger } from "~/utils/logger.server";
import { formatMoney } from "~/utils/money";
import { todayIn } from "~/utils/zoned-time";
import { recordMoneyEvent } from "../audit.server";
import { invoiceMail } from "../sending/invoice-mail.server";
import { lockOpenInvoice } from "../settlement.server";
import { collectionCostsCents } from "./collection-costs";
import { isConsumer, nextReminderOn, payByOf, stepKind } from "./schedule";
import { reminderScheduleOf } from "./schedule-settings.server";

const templates: Record<"friendly" | "second" | "fourteen_day", MailTemplate> = {
  friendly: "mail.reminderFriendly",
  second: "mail.reminderSecond",
  fourteen_day: "mail.reminderFourteenDay",
};

/**
 * Sends the next reminder of an overdue invoice: the friendly one, then the second (for a
 * consumer the 14-dagenbrief, naming the pay-by date and the exact collection costs that follow).
 * The invoice row is locked and the reminder row has one place per step, so two maintenance
 * runs (or a run and the manager) send each step once. `scheduled` sends only when the schedule
 * says the step is due; by hand the manager may send it earlier, once the invoice is overdue.
 * Returns the reminder sent, or null when there was nothing to send.
 */
export async function sendReminder(
  werkplaatsId: string,
  actorId: string | null,
  invoiceId: string,
  options: { today: IsoDate; scheduled?: boolean },
) {
  const { today } = options;
  const mail = await invoiceMail(werkplaatsId, invoiceId);
  const schedule = await reminderScheduleOf(werkplaatsId);
  return db.transaction(async (tx) => {
    const { invoice, due } = await lockOpenInvoice(tx, werkplaatsId, invoiceId);
    if (!invoice.dueDate || invoice.dueDate >= today) throw conflict("receivables.errors.notOverdue");
    const sent = await tx
      .select({ step: invoiceReminders.step, sentOn: invoiceReminders.sentOn })
      .from(invoiceReminders)
      .where(eq(invoiceReminders.invoiceId, invoiceId));
    const next = nextReminderOn(invoice.dueDate, sent, schedule);
    if (!next) {
      if (options.scheduled) return null;
      throw conflict("receivables.errors.allSent");
    }
    if (options.scheduled && next.on > today) return null;
    const [party] = await tx
      .select({ kind: billingParties.kind, kvkNumber: billingParties.kvkNumber })
      .from(billingParties)
      .where(eq(billingParties.id, invoice.partyId));
    const { step, kind } = stepKind(next.step, isConsumer(party!));
    const letter = kind === "fourteen_day" ? { payBy: payByOf(today), collectionCostsCents: collectionCostsCents(due) } : null;
    const [reminder] = await tx
      .insert(invoiceReminders)
      .values({ werkplaatsId, invoiceId, step, kind, sentOn: today, ...letter, actorId })
      .onConflictDoNothing()
      .returning();
    // Another run sent this step in the meantime.
    if (!reminder) return null;
    const messageId = await enqueueMail(tx, {
      werkplaatsId,
      to: mail.to,
      locale: mail.locale,
      template: templates[kind],
      vars: {
        ...mail.vars,
        amount: formatMoney(due, mail.locale),
        payBy: letter ? formatDay(letter.payBy, mail.locale) : "",
        costs: letter ? formatMoney(letter.collectionCostsCents, mail.locale) : "",
        email: mail.document.supplier.email,
      },
      attachments: mail.attachments.filter((a) => a.contentType === "application/pdf"),
    });
    await tx.update(invoiceReminders).set({ outboxMessageId: messageId }).where(eq(invoiceReminders.id, reminder.id));
    await tx.update(invoices).set({ reminderCount: step, lastRemindedAt: sql`now()` }).where(eq(invoices.id, invoiceId));
    await recordMoneyEvent(tx, {
      werkplaatsId,
      invoiceId,
      actorId,
      kind: "reminded",
      details: { number: invoice.number, step, reminder: kind, to: mail.to, dueCents: due, ...letter },
    });
    return { ...reminder, number: invoice.number! };
  });
}

/**
 * The maintenance job: every overdue invoice whose next reminder is due today gets it, in each
 * werkplaats's own today. One customer without an email address does not stop the others.
 */
export async function sendDueReminders(now = new Date()) {
  const places = await db
    .select({ id: werkplaatsen.id, timezone: werkplaatsen.timezone })
    .from(werkplaatsen)
    .innerJoin(billingSettings, eq(billingSettings.werkplaatsId, werkplaatsen.id));
  let sent = 0;
  for (const place of places) {
    const today = todayIn(now, place.timezone);
    const schedule = await reminderScheduleOf(place.id);
    const candidates = await db
      .select({ id: invoices.id })
      .from(invoices)
      .where(
        and(
          eq(invoices.werkplaatsId, place.id),
          eq(invoices.kind, "invoice"),
          eq(invoices.status, "issued"),
          lt(invoices.reminderCount, 2),
          sql`${invoices.dueDate} <= ${addDays(today, -schedule.firstAfterDays)}`,
        ),
      );
    for (const { id } of candidates) {
      try {
        if (await sendReminder(place.id, null, id, { today, scheduled: true })) sent++;
      } catch (error) {
        if (!isDomainError(error)) throw error;
        logger.info("reminder not sent", { invoiceId: id, reason: error.key });
      }
    }
  }
  return { sent };
}
