import { and, eq, lt } from "drizzle-orm";
import { invoices, users } from "../schema";
import { makeConsumerInvoice } from "../receivables-factories";
import { sendReminder } from "../../app/modules/billing/index.server";
import { addDays, type IsoDate } from "../../app/utils/calendar";
import { todayIn, zonedToUtc } from "../../app/utils/zoned-time";
import { db } from "../../app/utils/db.server";

/**
 * A consumer in arrears for the demo: Noor bought a workshop ticket in her own name and did not
 * pay, so she got the friendly reminder and then the 14-dagenbrief, whose term has run out (the
 * receivables page offers to claim the collection costs). Issued on `issuedOn`, in calendar
 * order with the other demo invoices.
 */
export async function seedConsumerInArrears(werkplaatsId: string, issuedOn: IsoDate) {
  const [noor] = await db.select({ id: users.id }).from(users).where(eq(users.email, "noor@student.davinci.nl"));
  if (!noor) return;
  const invoice = await makeConsumerInvoice(werkplaatsId, noor.id, {
    now: zonedToUtc(issuedOn, "10:00"),
    period: { start: issuedOn, end: issuedOn },
    lines: [
      {
        description: "Workshop lasersnijden (ticket)",
        period: { start: issuedOn, end: issuedOn },
        quantity: "1",
        unitCode: "C62",
        unitCents: 37_19,
        btw: { rate: 21 },
        revenueKind: "ticket",
      },
    ],
  });
  const today = todayIn();
  const first = addDays(invoice.dueDate!, 7);
  const letter = addDays(invoice.dueDate!, 21);
  if (first < today) await sendReminder(werkplaatsId, null, invoice.id, { today: first });
  if (letter < today) await sendReminder(werkplaatsId, null, invoice.id, { today: letter });
  return invoice;
}

/** The friendly reminder for every other demo invoice that is a week or more overdue. */
export async function seedReminders(werkplaatsId: string) {
  const today = todayIn();
  const overdue = await db
    .select({ id: invoices.id, dueDate: invoices.dueDate, reminderCount: invoices.reminderCount })
    .from(invoices)
    .where(
      and(
        eq(invoices.werkplaatsId, werkplaatsId),
        eq(invoices.status, "issued"),
        eq(invoices.kind, "invoice"),
        lt(invoices.dueDate, addDays(today, -7)),
      ),
    );
  for (const invoice of overdue) {
    if (invoice.reminderCount === 0) await sendReminder(werkplaatsId, null, invoice.id, { today: addDays(invoice.dueDate!, 7) });
  }
}
