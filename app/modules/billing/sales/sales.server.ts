import { and, asc, eq, inArray, like, or } from "drizzle-orm";
import { invoiceLines, invoices } from "#db/schema";
import type { IsoDate } from "~/utils/calendar";
import { db, type Executor, type Tx } from "~/utils/db.server";
import { DomainError } from "~/utils/errors";
import { createDraftInvoice, deleteDraft, issueWithin, SettingsIncomplete, type Invoice } from "../invoices.server";
import { creditInvoice } from "../credit-notes.server";
import { partyForBuyer, type Buyer } from "./parties.server";

/** What a sale charges for; the billing run uses the same keys, so one thing is never invoiced twice. */
export type SaleKey = `daypass:${string}` | `ticket:${string}` | `strippenkaart:${string}` | `payment-request:${string}`;
const SALE_KEY_PREFIXES = ["daypass:", "ticket:", "strippenkaart:", "payment-request:"] as const;

export type Sale = {
  chargeKey: SaleKey;
  buyer: Buyer;
  description: string;
  /** The price as stored: excl. BTW, for one unit. */
  exclCents: number;
  btwRate: 21 | 9 | 0;
  revenueKind: "day_pass" | "ticket" | "strippenkaart" | "one_off";
  period: { start: IsoDate; end: IsoDate };
};

/** The invoice (not a credit note) that holds a charge key, if any. */
export async function invoiceOfCharge(werkplaatsId: string, chargeKey: string, tx: Executor = db): Promise<Invoice | undefined> {
  const [row] = await tx
    .select({ invoice: invoices })
    .from(invoiceLines)
    .innerJoin(invoices, eq(invoices.id, invoiceLines.invoiceId))
    .where(and(eq(invoiceLines.werkplaatsId, werkplaatsId), eq(invoiceLines.chargeKey, chargeKey)));
  return row?.invoice;
}

/**
 * Invoices a sale at once, inside the sale's own transaction: a one-line receipt-style invoice,
 * issued (numbered, frozen) so it can be paid. Idempotent by charge key: the unique index on
 * invoice lines decides, and a second call (or a billing run that got there first) gets the
 * invoice that already holds it. With incomplete billing settings the sale still goes through
 * and its invoice stays a draft, issued by `issuePendingSales` once the settings are complete.
 */
export async function invoiceSale(tx: Tx, werkplaatsId: string, actorId: string | null, sale: Sale, now = new Date()): Promise<Invoice> {
  const existing = await invoiceOfCharge(werkplaatsId, sale.chargeKey, tx);
  if (existing) return existing;
  const party = await partyForBuyer(tx, werkplaatsId, sale.buyer);
  let draft: Invoice;
  try {
    // A savepoint: a charge key taken at this moment by someone else must not abort the sale.
    draft = await tx.transaction((sp) =>
      createDraftInvoice(
        werkplaatsId,
        actorId,
        {
          partyId: party.id,
          period: sale.period,
          lines: [
            {
              description: sale.description,
              period: sale.period,
              quantity: "1",
              unitCode: sale.revenueKind === "day_pass" ? "DAY" : "C62",
              unitCents: sale.exclCents,
              btw: { rate: sale.btwRate },
              revenueKind: sale.revenueKind,
              chargeKey: sale.chargeKey,
            },
          ],
        },
        sp,
      ),
    );
  } catch (error) {
    const holder =
      error instanceof DomainError &&
      error.key === "billing.errors.alreadyCharged" &&
      (await invoiceOfCharge(werkplaatsId, sale.chargeKey, tx));
    if (holder) return holder;
    throw error;
  }
  try {
    return await issueWithin(tx, werkplaatsId, actorId, draft.id, now);
  } catch (error) {
    if (error instanceof SettingsIncomplete) return draft;
    throw error;
  }
}

/**
 * A cancelled pass or ticket that was not paid: its invoice is credited in full (a draft, never
 * issued, is simply thrown away). A paid one keeps its invoice: a refund is the manager's call.
 */
export async function creditSale(werkplaatsId: string, actorId: string | null, chargeKey: SaleKey, now = new Date()) {
  const invoice = await invoiceOfCharge(werkplaatsId, chargeKey);
  if (!invoice) return null;
  if (invoice.status === "draft") {
    await deleteDraft(werkplaatsId, invoice.id);
    return null;
  }
  if (invoice.status !== "issued" || invoice.paidCents > 0) return null;
  return creditInvoice(werkplaatsId, actorId, invoice.id, undefined, now);
}

/**
 * Sales made while the billing settings were incomplete wait as drafts; once the settings are
 * complete they are issued, oldest first. Each in its own transaction: one that fails does not
 * hold back the others. Returns how many were issued.
 */
export async function issuePendingSales(werkplaatsId: string, actorId: string | null, now = new Date()): Promise<number> {
  const drafts = await db
    .selectDistinct({ id: invoices.id, createdAt: invoices.createdAt })
    .from(invoices)
    .innerJoin(invoiceLines, eq(invoiceLines.invoiceId, invoices.id))
    .where(
      and(
        eq(invoices.werkplaatsId, werkplaatsId),
        eq(invoices.status, "draft"),
        eq(invoices.kind, "invoice"),
        or(...SALE_KEY_PREFIXES.map((p) => like(invoiceLines.chargeKey, `${p}%`))),
      ),
    )
    .orderBy(asc(invoices.createdAt));
  let issued = 0;
  for (const draft of drafts) {
    try {
      await db.transaction((tx) => issueWithin(tx, werkplaatsId, actorId, draft.id, now));
      issued++;
    } catch (error) {
      if (error instanceof SettingsIncomplete) return issued;
      if (!(error instanceof DomainError)) throw error;
    }
  }
  return issued;
}

/** The invoices of several sales at once (a reception list, a member's passes), by charge key. */
export async function invoicesOfCharges(werkplaatsId: string, chargeKeys: string[]) {
  if (chargeKeys.length === 0) return new Map<string, Invoice>();
  const rows = await db
    .select({ key: invoiceLines.chargeKey, invoice: invoices })
    .from(invoiceLines)
    .innerJoin(invoices, eq(invoices.id, invoiceLines.invoiceId))
    .where(and(eq(invoiceLines.werkplaatsId, werkplaatsId), inArray(invoiceLines.chargeKey, chargeKeys)));
  return new Map(rows.map((r) => [r.key!, r.invoice]));
}
