import { eq } from "drizzle-orm";
import { billingSettings } from "../schema";
import { db } from "../../app/utils/db.server";
import { addMandate } from "../../app/modules/payments/index.server";
import type { IsoDate } from "../../app/utils/calendar";

/**
 * Incasso for the demo: DOC's creditor id, and Bitwerk's signed mandate (Bitwerk already pays
 * by incasso), so the incasso page can make a file at once. The sample bank statement is not
 * written here: /admin/payments offers it, made from the open invoices of the moment.
 */
export async function seedBank(werkplaatsId: string, partyId: string, today: IsoDate) {
  await db.update(billingSettings).set({ creditorId: "NL66ZZZ301234560000" }).where(eq(billingSettings.werkplaatsId, werkplaatsId));
  await addMandate(
    werkplaatsId,
    null,
    { partyId, reference: "DOC-M-0011", signedOn: "2025-12-15", debtorName: "Bitwerk B.V.", iban: "NL20KNAB0255443322" },
    today,
  );
}
