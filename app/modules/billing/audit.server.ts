import { moneyEvents } from "#db/schema";
import type { Executor } from "~/utils/db.server";
import type { MoneyEventKind } from "./terms";

/**
 * Appends to the audit trail of money, in the transaction that moved it: an event is there
 * exactly when its change is.
 */
export async function recordMoneyEvent(
  tx: Executor,
  event: {
    werkplaatsId: string;
    invoiceId: string | null;
    actorId: string | null;
    kind: MoneyEventKind;
    details?: Record<string, unknown>;
  },
) {
  await tx.insert(moneyEvents).values({ ...event, details: event.details ?? {} });
}
