import { and, asc, eq, gte, inArray, lte, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { invoiceLines, invoices, stripePayoutLines, stripePayouts } from "#db/schema";
import { db } from "~/utils/db.server";
import { documentFrom } from "../document.server";
import type { InvoiceDocument } from "../document";
import type { PayoutCosts } from "./journal";
import type { IssuedLine } from "./lines";
import type { ExportPeriod } from "./period";

type InvoiceRow = typeof invoices.$inferSelect;
type LineRow = typeof invoiceLines.$inferSelect;

const corrected = alias(invoices, "corrected");

/**
 * Every invoice and credit note issued in the period with its lines, in number order: two
 * queries however many there are, so a year of a werkplaats (thousands) is read at once.
 */
export async function issuedInPeriod(werkplaatsId: string, period: ExportPeriod) {
  const rows = await db
    .select({ invoice: invoices, correctsNumber: corrected.number, correctsIssueDate: corrected.issueDate })
    .from(invoices)
    .leftJoin(corrected, eq(corrected.id, invoices.creditsInvoiceId))
    .where(
      and(
        eq(invoices.werkplaatsId, werkplaatsId),
        ne(invoices.status, "draft"),
        gte(invoices.issueDate, period.start),
        lte(invoices.issueDate, period.end),
      ),
    )
    .orderBy(asc(invoices.issueDate), asc(invoices.year), asc(invoices.sequence));
  const lines =
    rows.length === 0
      ? []
      : await db
          .select()
          .from(invoiceLines)
          .where(
            and(
              eq(invoiceLines.werkplaatsId, werkplaatsId),
              inArray(
                invoiceLines.invoiceId,
                rows.map((r) => r.invoice.id),
              ),
            ),
          )
          .orderBy(asc(invoiceLines.invoiceId), asc(invoiceLines.position));
  const linesOf = new Map<string, LineRow[]>();
  for (const line of lines) linesOf.set(line.invoiceId, [...(linesOf.get(line.invoiceId) ?? []), line]);
  return rows.map((r) => ({
    invoice: r.invoice,
    lines: linesOf.get(r.invoice.id) ?? [],
    corrects: { number: r.correctsNumber, issueDate: r.correctsIssueDate },
  }));
}

export type IssuedInvoice = Awaited<ReturnType<typeof issuedInPeriod>>[number];

/** The lines as the journal and the BTW summary read them, with the customer's name as issued. */
export function exportLines(issued: IssuedInvoice[]): IssuedLine[] {
  return issued.flatMap(({ invoice, lines }) =>
    lines.map((line) => ({
      invoiceId: invoice.id,
      kind: invoice.kind as IssuedLine["kind"],
      number: invoice.number!,
      issueDate: invoice.issueDate!,
      partyName: invoice.customer?.name ?? "",
      description: line.description,
      revenueKind: line.revenueKind as IssuedLine["revenueKind"],
      btwCategory: line.btwCategory,
      btwPercent: line.btwPercent,
      netCents: line.netCents,
      btwCents: line.btwCents,
    })),
  );
}

/**
 * The documents as issued, built by the ledger's own builder. What was credited since only
 * changes what is due, and the file shows the document as issued (nothing paid or credited), so
 * it is not read here; the UBL carries no logo.
 */
export function issuedDocuments(issued: IssuedInvoice[]): InvoiceDocument[] {
  return issued.map(({ invoice, lines, corrects }: { invoice: InvoiceRow; lines: LineRow[]; corrects: IssuedInvoice["corrects"] }) =>
    documentFrom({ invoice, lines, logo: null, corrects, creditedCents: 0 }),
  );
}

/**
 * Stripe's fees per payout that reached the bank in the period, for this werkplaats's payments
 * (read from the payout lines Stripe's webhook stored; billing books them, it calls no one).
 */
export async function payoutCostsInPeriod(werkplaatsId: string, period: ExportPeriod): Promise<PayoutCosts[]> {
  return db
    .select({
      payoutId: stripePayouts.id,
      arrivalDate: stripePayouts.arrivalDate,
      feeCents: sql<number>`sum(${stripePayoutLines.feeCents})::int`,
    })
    .from(stripePayouts)
    .innerJoin(stripePayoutLines, eq(stripePayoutLines.payoutId, stripePayouts.id))
    .where(
      and(
        eq(stripePayoutLines.werkplaatsId, werkplaatsId),
        eq(stripePayouts.status, "paid"),
        gte(stripePayouts.arrivalDate, period.start),
        lte(stripePayouts.arrivalDate, period.end),
      ),
    )
    .groupBy(stripePayouts.id)
    .orderBy(stripePayouts.arrivalDate, stripePayouts.id);
}
