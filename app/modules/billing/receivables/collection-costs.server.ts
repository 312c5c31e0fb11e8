import { and, eq } from "drizzle-orm";
import { collectionCosts, invoiceReminders } from "#db/schema";
import type { IsoDate } from "~/utils/calendar";
import { db } from "~/utils/db.server";
import { conflict } from "~/utils/errors";
import { formatDay } from "~/utils/calendar";
import { recordMoneyEvent } from "../audit.server";
import { lockOpenInvoice } from "../settlement.server";

/**
 * Claims the collection costs of an unpaid invoice: only after its 14-dagenbrief, once the pay-by
 * date in that letter has passed, and exactly the amount the letter announced. The database
 * refuses any other row too (trigger `collection_costs_need_letter`).
 */
export async function chargeCollectionCosts(werkplaatsId: string, actorId: string | null, invoiceId: string, today: IsoDate) {
  return db.transaction(async (tx) => {
    const { invoice, due } = await lockOpenInvoice(tx, werkplaatsId, invoiceId);
    const [letter] = await tx
      .select()
      .from(invoiceReminders)
      .where(and(eq(invoiceReminders.invoiceId, invoiceId), eq(invoiceReminders.kind, "fourteen_day")));
    if (!letter?.payBy || letter.collectionCostsCents === null) throw conflict("receivables.errors.noLetter");
    if (letter.payBy >= today) throw conflict("receivables.errors.termRunning", { payBy: formatDay(letter.payBy, "nl") });
    const [charged] = await tx
      .insert(collectionCosts)
      .values({ werkplaatsId, invoiceId, amountCents: letter.collectionCostsCents, chargedOn: today, actorId })
      .onConflictDoNothing()
      .returning();
    if (!charged) throw conflict("receivables.errors.costsCharged");
    await recordMoneyEvent(tx, {
      werkplaatsId,
      invoiceId,
      actorId,
      kind: "collection_costs",
      details: { number: invoice.number, amountCents: charged.amountCents, principalCents: due, letterSentOn: letter.sentOn },
    });
    return { ...charged, number: invoice.number! };
  });
}
