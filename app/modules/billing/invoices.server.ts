import { and, asc, eq, sql } from "drizzle-orm";
import { billingParties, invoiceCounters, invoiceLines, invoices, werkplaatsen } from "#db/schema";
import { addDays, type IsoDate } from "~/utils/calendar";
import { db, pgErrorOf, PG, type Executor, type Tx } from "~/utils/db.server";
import { conflict, DomainError, invalid, notFound } from "~/utils/errors";
import { todayIn } from "~/utils/zoned-time";
import { recordMoneyEvent } from "./audit.server";
import {
  btwTreatment,
  invoiceTotals,
  lineAmounts,
  quantityInThousandths,
  REVERSE_CHARGE_TEXT,
  thousandthsToQuantity,
  type BtwChoice,
} from "./btw";
import { missingForIssue, type ChecklistItem } from "./checklist";
import type { Customer } from "./document";
import type { NewInvoiceInput } from "./billing.schema";
import { newPaymentReference } from "./payment-reference";
import { partyForCompany } from "./parties.server";
import { billingSettingsOf, type BillingSettings } from "./settings.server";
import { lockInvoice } from "./settlement.server";
import type { SupplierSnapshot } from "#db/schema";
import type { RevenueKind, UnitCode } from "./terms";

export type Invoice = typeof invoices.$inferSelect;
export type InvoiceLine = typeof invoiceLines.$inferSelect;

/** A line as the one who writes the invoice gives it; its amounts are computed here, never taken. */
export type DraftLine = {
  description: string;
  period?: { start: IsoDate; end: IsoDate } | null;
  /** At most three decimals: "1", "1.5", "0.25". */
  quantity: string;
  unitCode?: UnitCode;
  unitCents: number;
  btw: BtwChoice;
  revenueKind: RevenueKind;
  /** What this line charges for, unique per werkplaats (e.g. "membership:<id>:2026-12"). */
  chargeKey?: string | null;
};

/** Issuing is refused while the billing settings lack these. */
export class SettingsIncomplete extends DomainError {
  constructor(readonly missing: ChecklistItem[]) {
    super(409, "billing.errors.settingsIncomplete", { count: missing.length });
  }
}

/**
 * Prices draft lines for a party: each line's net is quantity × unit price rounded half up once
 * and its BTW is rounded once. Refuses a line no invoice may carry.
 */
export function priceLines(lines: DraftLine[], party: typeof billingParties.$inferSelect, countryCode: string) {
  return lines.map((line, index) => {
    const thousandths = quantityInThousandths(line.quantity);
    if (thousandths === null) throw invalid("billing.errors.quantity", undefined, "quantity");
    if (!Number.isSafeInteger(line.unitCents) || line.unitCents < 0) throw invalid("errors.money", undefined, "unitPrice");
    if (line.btw.rate === "exempt" && !line.btw.reason.trim())
      throw invalid("billing.errors.exemptionReason", undefined, "exemptionReason");
    const btw = btwTreatment(line.btw, party, countryCode);
    return { line, index, thousandths, btw, ...lineAmounts(line.unitCents, thousandths, btw) };
  });
}

/** The rows of priced lines on one invoice, in their order. */
export function lineRows(priced: ReturnType<typeof priceLines>, werkplaatsId: string, invoiceId: string) {
  return priced.map((p) => ({
    invoiceId,
    werkplaatsId,
    position: p.index + 1,
    description: p.line.description,
    periodStart: p.line.period?.start ?? null,
    periodEnd: p.line.period?.end ?? null,
    quantity: thousandthsToQuantity(p.thousandths),
    unitCode: p.line.unitCode ?? "C62",
    unitCents: p.line.unitCents,
    netCents: p.netCents,
    btwCategory: p.btw.category,
    btwPercent: p.btw.percent,
    exemptionReason: p.btw.exemptionReason,
    btwCents: p.btwCents,
    revenueKind: p.line.revenueKind,
    chargeKey: p.line.chargeKey ?? null,
  }));
}

/**
 * A draft invoice with its lines. Each line's net is quantity × unit price rounded half up once
 * and its BTW is rounded once; the invoice totals are the sums of the lines. The BTW treatment
 * follows the party (reverse charge for a business elsewhere in the EU with a BTW-id).
 */
export async function createDraftInvoice(
  werkplaatsId: string,
  actorId: string | null,
  draft: { partyId: string; period: { start: IsoDate; end: IsoDate }; lines: DraftLine[] },
  tx?: Executor,
): Promise<Invoice> {
  if (draft.lines.length === 0) throw invalid("billing.errors.noLines");
  if (draft.period.end < draft.period.start) throw invalid("billing.errors.period", undefined, "periodEnd");
  const write = async (t: Executor) => {
    const [party] = await t
      .select()
      .from(billingParties)
      .where(and(eq(billingParties.id, draft.partyId), eq(billingParties.werkplaatsId, werkplaatsId)));
    if (!party) throw notFound();
    const settings = await billingSettingsOf(werkplaatsId, t);
    const priced = priceLines(draft.lines, party, settings?.countryCode ?? "NL");
    const totals = invoiceTotals(priced);
    const [invoice] = await t
      .insert(invoices)
      .values({
        werkplaatsId,
        partyId: party.id,
        periodStart: draft.period.start,
        periodEnd: draft.period.end,
        language: party.language,
        createdBy: actorId,
        ...totals,
      })
      .returning();
    try {
      await t.insert(invoiceLines).values(lineRows(priced, werkplaatsId, invoice!.id));
    } catch (error) {
      const pg = pgErrorOf(error);
      if (pg?.code === PG.uniqueViolation && pg.constraint === "invoice_lines_charge_key") throw conflict("billing.errors.alreadyCharged");
      throw error;
    }
    return invoice!;
  };
  return tx ? write(tx) : db.transaction(write);
}

export function supplierSnapshot(settings: BillingSettings, fallbackEmail: string): SupplierSnapshot {
  return {
    legalName: settings.legalName!,
    tradeName: settings.tradeName,
    address: { street: settings.street!, postalCode: settings.postalCode!, city: settings.city!, countryCode: settings.countryCode },
    kvk: settings.kvkNumber!,
    btwId: settings.btwId!,
    iban: settings.iban!,
    bic: settings.bic,
    email: settings.senderEmail ?? fallbackEmail,
    phone: settings.phone,
    colour: settings.colour,
  };
}

export function customerSnapshot(party: typeof billingParties.$inferSelect): Customer {
  return {
    kind: party.kind as Customer["kind"],
    name: party.name,
    address: { street: party.street, postalCode: party.postalCode, city: party.city, countryCode: party.countryCode },
    kvk: party.kvkNumber,
    btwId: party.btwId,
    email: party.email,
    buyerReference: party.buyerReference,
  };
}

/**
 * The next number of the year. The counter row is created or incremented in the issuing
 * transaction and stays locked until it commits: a second issue waits, and a rolled-back issue
 * gives its number back, so numbers have no gaps and never repeat.
 */
async function nextSequence(tx: Tx, werkplaatsId: string, year: number): Promise<number> {
  return reserveSequences(tx, werkplaatsId, year, 1);
}

/** Takes `count` numbers at once (the billing run numbers a chunk of invoices together); returns the first. */
export async function reserveSequences(tx: Tx, werkplaatsId: string, year: number, count: number): Promise<number> {
  const [row] = await tx
    .insert(invoiceCounters)
    .values({ werkplaatsId, year, last: count })
    .onConflictDoUpdate({
      target: [invoiceCounters.werkplaatsId, invoiceCounters.year],
      set: { last: sql`${invoiceCounters.last} + ${count}` },
    })
    .returning({ last: invoiceCounters.last });
  return row!.last - count + 1;
}

/** Printed under the totals: the reverse-charge text when a line has it, then the werkplaats's footer. */
export function invoiceNotes(lines: { btwCategory: string }[], settings: BillingSettings) {
  return [
    ...(lines.some((l) => l.btwCategory === "AE") ? [REVERSE_CHARGE_TEXT] : []),
    ...(settings.footer.trim() ? [settings.footer.trim()] : []),
  ];
}

export function invoiceNumber(prefix: string, year: number, sequence: number) {
  return `${prefix}-${year}-${String(sequence).padStart(5, "0")}`;
}

/**
 * Issues a draft inside an open transaction: checks the settings, takes the next number, copies
 * supplier and customer as they are now, and freezes it (from here the database refuses changes).
 */
export async function issueWithin(
  tx: Tx,
  werkplaatsId: string,
  actorId: string | null,
  invoiceId: string,
  now = new Date(),
): Promise<Invoice> {
  const draft = await lockInvoice(tx, werkplaatsId, invoiceId);
  if (draft.status !== "draft") throw conflict("billing.errors.alreadyIssued", { number: draft.number ?? "" });
  const settings = await billingSettingsOf(werkplaatsId, tx);
  const missing = missingForIssue(settings);
  if (missing.length > 0) throw new SettingsIncomplete(missing);
  const lines = await tx.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, invoiceId)).orderBy(asc(invoiceLines.position));
  if (lines.length === 0) throw conflict("billing.errors.noLines");
  const [werkplaats] = await tx
    .select({ timezone: werkplaatsen.timezone, email: werkplaatsen.email })
    .from(werkplaatsen)
    .where(eq(werkplaatsen.id, werkplaatsId));
  const [party] = await tx.select().from(billingParties).where(eq(billingParties.id, draft.partyId));
  const issueDate = todayIn(now, werkplaats!.timezone);
  const year = Number(issueDate.slice(0, 4));
  const sequence = await nextSequence(tx, werkplaatsId, year);
  const number = invoiceNumber(settings!.invoicePrefix!, year, sequence);
  const notes = invoiceNotes(lines, settings!);
  const [issued] = await tx
    .update(invoices)
    .set({
      status: "issued",
      number,
      year,
      sequence,
      issueDate,
      dueDate: draft.kind === "credit_note" ? issueDate : addDays(issueDate, settings!.paymentTermDays),
      paymentReference: newPaymentReference(),
      supplier: supplierSnapshot(settings!, werkplaats!.email),
      customer: customerSnapshot(party!),
      language: party!.language,
      notes,
      issuedAt: now,
    })
    .where(eq(invoices.id, invoiceId))
    .returning();
  await recordMoneyEvent(tx, {
    werkplaatsId,
    invoiceId,
    actorId,
    kind: "issued",
    details: { number, kind: draft.kind, grossCents: draft.grossCents },
  });
  return issued!;
}

/** Issues a draft: it gets its number and can no longer change. */
export async function issueInvoice(werkplaatsId: string, actorId: string | null, invoiceId: string, now = new Date()) {
  return db.transaction((tx) => issueWithin(tx, werkplaatsId, actorId, invoiceId, now));
}

/** A draft may be thrown away; an issued invoice cannot (the database refuses it too). */
export async function deleteDraft(werkplaatsId: string, invoiceId: string) {
  const removed = await db
    .delete(invoices)
    .where(and(eq(invoices.id, invoiceId), eq(invoices.werkplaatsId, werkplaatsId), eq(invoices.status, "draft")))
    .returning({ id: invoices.id });
  if (removed.length === 0) throw conflict("billing.errors.notDraft");
}

/** The admin's one-line invoice for a company (more lines arrive with the billing run): a draft to check, then issue. */
export async function draftForCompany(werkplaatsId: string, actorId: string, input: NewInvoiceInput) {
  return db.transaction(async (tx) => {
    const party = await partyForCompany(werkplaatsId, input.companyId, tx);
    const btw: BtwChoice =
      input.rate === "exempt" ? { rate: "exempt", reason: input.exemptionReason ?? "" } : { rate: Number(input.rate) as 21 | 9 | 0 };
    return createDraftInvoice(
      werkplaatsId,
      actorId,
      {
        partyId: party.id,
        period: { start: input.periodStart, end: input.periodEnd },
        lines: [
          {
            description: input.description,
            quantity: input.quantity.replace(",", "."),
            unitCode: input.unitCode,
            unitCents: input.unitPrice,
            btw,
            revenueKind: input.revenueKind,
          },
        ],
      },
      tx,
    );
  });
}
