import { billingSettings } from "./schema";
import { db, type Executor } from "../app/utils/db.server";
import { createDraftInvoice, issueInvoice, partyForCompany, type DraftLine } from "../app/modules/billing/index.server";
import type { IsoDate } from "../app/utils/calendar";

/** Builders for the ledger, shared by the tests and the demo seed. */

/** Complete billing settings (nothing on the checklist missing), overridable field by field. */
export async function makeBillingSettings(
  werkplaatsId: string,
  overrides: Partial<typeof billingSettings.$inferInsert> = {},
  tx: Executor = db,
) {
  const values = {
    legalName: "Stichting Werkplaats Test",
    tradeName: "Werkplaats Test",
    street: "Noordendijk 250",
    postalCode: "3311 RR",
    city: "Dordrecht",
    kvkNumber: "12345678",
    btwId: "NL001234560B01",
    iban: "NL91ABNA0417164300",
    bic: "ABNANL2A",
    invoicePrefix: "WPT",
    paymentTermDays: 14,
    footer: "Betaal binnen 14 dagen onder vermelding van het betalingskenmerk.",
    senderEmail: "facturen@werkplaats.test",
    ...overrides,
  };
  const [row] = await tx
    .insert(billingSettings)
    .values({ werkplaatsId, ...values })
    .onConflictDoUpdate({ target: billingSettings.werkplaatsId, set: values })
    .returning();
  return row!;
}

/** A one-off line at 21 %: €100 excl. unless told otherwise. */
export function oneOffLine(overrides: Partial<DraftLine> = {}): DraftLine {
  return {
    description: "Vergaderruimte",
    quantity: "1",
    unitCode: "C62",
    unitCents: 100_00,
    btw: { rate: 21 },
    revenueKind: "one_off",
    ...overrides,
  };
}

/** An issued invoice for a company, with the given lines (one €100 line by default). */
export async function makeIssuedInvoice(
  werkplaatsId: string,
  companyId: string,
  options: { lines?: DraftLine[]; period?: { start: IsoDate; end: IsoDate }; actorId?: string | null; now?: Date } = {},
) {
  const party = await partyForCompany(werkplaatsId, companyId);
  const period = options.period ?? { start: "2026-11-01", end: "2026-11-30" };
  const draft = await createDraftInvoice(werkplaatsId, options.actorId ?? null, {
    partyId: party.id,
    period,
    lines: options.lines ?? [oneOffLine()],
  });
  return issueInvoice(werkplaatsId, options.actorId ?? null, draft.id, options.now);
}
