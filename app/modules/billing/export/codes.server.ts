import { eq } from "drizzle-orm";
import { btwCodes, ledgerAccounts } from "#db/schema";
import { db } from "~/utils/db.server";
import { accountPurposes, btwCodeTreatments, defaultLedgerCodes, type AccountPurpose, type LedgerCodes } from "./codes";
import type { LedgerCodesInput } from "./export.schema";
import type { BtwCodeTreatment } from "../terms";

/** The werkplaats's accounts and BTW codes; what the manager never set is the Dutch default. */
export async function ledgerCodesOf(werkplaatsId: string): Promise<LedgerCodes> {
  const [accounts, codes] = await Promise.all([
    db.select().from(ledgerAccounts).where(eq(ledgerAccounts.werkplaatsId, werkplaatsId)),
    db.select().from(btwCodes).where(eq(btwCodes.werkplaatsId, werkplaatsId)),
  ]);
  return {
    accounts: { ...defaultLedgerCodes.accounts, ...Object.fromEntries(accounts.map((a) => [a.purpose as AccountPurpose, a.account])) },
    btwCodes: { ...defaultLedgerCodes.btwCodes, ...Object.fromEntries(codes.map((c) => [c.treatment as BtwCodeTreatment, c.code])) },
  };
}

/** Stores the whole form at once: the journal never books half on old and half on new accounts. */
export async function saveLedgerCodes(werkplaatsId: string, input: LedgerCodesInput) {
  await db.transaction(async (tx) => {
    await tx.delete(ledgerAccounts).where(eq(ledgerAccounts.werkplaatsId, werkplaatsId));
    await tx.delete(btwCodes).where(eq(btwCodes.werkplaatsId, werkplaatsId));
    await tx
      .insert(ledgerAccounts)
      .values(accountPurposes.map((purpose) => ({ werkplaatsId, purpose, account: input[`account_${purpose}`] })));
    await tx.insert(btwCodes).values(btwCodeTreatments.map((treatment) => ({ werkplaatsId, treatment, code: input[`btw_${treatment}`] })));
  });
}
