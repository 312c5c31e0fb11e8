import { and, asc, eq, isNull, lte } from "drizzle-orm";
import { agreementInstalments, partnerAgreements, partners, werkplaatsen } from "#db/schema";
import { createDraftInvoice, issueWithin, SettingsIncomplete } from "~/modules/billing/index.server";
import { addDays } from "~/utils/calendar";
import { db } from "~/utils/db.server";
import { logger } from "~/utils/logger.server";
import { todayIn } from "~/utils/zoned-time";

/** Sponsoring with something in return (logo, rooms, a jury seat) is a service: standard BTW. */
const SPONSORSHIP_BTW = 21 as const;

/** The ledger's charge key of an instalment: unique per werkplaats, so no instalment is invoiced twice. */
export const instalmentChargeKey = (instalmentId: string) => `instalment:${instalmentId}`;

/**
 * Invoices every cash instalment whose date has come (in its werkplaats's time zone), each in
 * its own transaction. The row is claimed with FOR UPDATE SKIP LOCKED and must still have no
 * invoice; the invoice line's charge key is unique in the ledger and the instalment's invoice id
 * is unique here, so however many instances run this at once, each instalment is invoiced
 * exactly once. With incomplete billing settings an instalment waits for the next run. Given an
 * agreement, only its instalments: a new agreement's instalments already due are invoiced when
 * it is recorded, not up to an hour later.
 */
export async function invoiceDueInstalments(now = new Date(), agreementId?: string): Promise<number> {
  const candidates = await db
    .select({ id: agreementInstalments.id, dueOn: agreementInstalments.dueOn, timezone: werkplaatsen.timezone })
    .from(agreementInstalments)
    .innerJoin(partnerAgreements, eq(partnerAgreements.id, agreementInstalments.agreementId))
    .innerJoin(werkplaatsen, eq(werkplaatsen.id, agreementInstalments.werkplaatsId))
    .where(
      and(
        isNull(agreementInstalments.invoiceId),
        eq(partnerAgreements.form, "cash"),
        agreementId ? eq(agreementInstalments.agreementId, agreementId) : undefined,
        // A day of slack for time zones; the exact day is checked below.
        lte(agreementInstalments.dueOn, addDays(todayIn(now, "UTC"), 1)),
      ),
    )
    .orderBy(asc(agreementInstalments.dueOn));
  let invoiced = 0;
  for (const candidate of candidates) {
    if (candidate.dueOn > todayIn(now, candidate.timezone)) continue;
    try {
      if (await invoiceInstalment(candidate.id, now)) invoiced += 1;
    } catch (error) {
      if (error instanceof SettingsIncomplete) continue;
      logger.error("instalment invoicing failed", { error, instalmentId: candidate.id });
    }
  }
  return invoiced;
}

/** One instalment, if no one else holds or has invoiced it. Returns whether this call invoiced it. */
async function invoiceInstalment(instalmentId: string, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ instalment: agreementInstalments, agreement: partnerAgreements, partyId: partners.partyId, partnerName: partners.name })
      .from(agreementInstalments)
      .innerJoin(partnerAgreements, eq(partnerAgreements.id, agreementInstalments.agreementId))
      .innerJoin(partners, eq(partners.id, partnerAgreements.partnerId))
      .where(and(eq(agreementInstalments.id, instalmentId), isNull(agreementInstalments.invoiceId)))
      .for("update", { of: agreementInstalments, skipLocked: true });
    if (!row?.partyId) return false;
    const { instalment, agreement } = row;
    const draft = await createDraftInvoice(
      instalment.werkplaatsId,
      null,
      {
        partyId: row.partyId,
        period: { start: instalment.dueOn, end: instalment.dueOn },
        lines: [
          {
            description: `${agreement.title} (${instalment.dueOn})`,
            period: { start: instalment.dueOn, end: instalment.dueOn },
            quantity: "1",
            unitCents: instalment.amountCents,
            btw: { rate: SPONSORSHIP_BTW },
            revenueKind: "sponsorship",
            chargeKey: instalmentChargeKey(instalment.id),
          },
        ],
      },
      tx,
    );
    const issued = await issueWithin(tx, instalment.werkplaatsId, null, draft.id, now);
    await tx
      .update(agreementInstalments)
      .set({ invoiceId: issued.id, invoicedAt: now })
      .where(and(eq(agreementInstalments.id, instalment.id), isNull(agreementInstalments.invoiceId)));
    return true;
  });
}
