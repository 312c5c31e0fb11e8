import { and, asc, eq } from "drizzle-orm";
import { billingSettings, invoiceLines, invoices } from "#db/schema";
import { db } from "~/utils/db.server";
import { btwBreakdown } from "./btw";
import type { BtwCategory, DocumentLine, InvoiceDocument } from "./document";
import { creditedCents, dueCents } from "./settlement.server";
import type { Locale } from "~/modules/i18n";

const isLogoType = (value: string | null | undefined): value is "image/png" | "image/jpeg" =>
  value === "image/png" || value === "image/jpeg";
const isLocale = (value: string): value is Locale => value === "nl" || value === "en";

/**
 * The issued invoice or credit note as its readers see it, built from the frozen row, its lines
 * and the snapshots taken at issue; only the paid and due amounts (and the logo, which is
 * branding) are of today. Undefined for a draft or an invoice of another werkplaats.
 */
export async function invoiceDocument(werkplaatsId: string, invoiceId: string): Promise<InvoiceDocument | undefined> {
  const [invoice] = await db
    .select()
    .from(invoices)
    .where(and(eq(invoices.id, invoiceId), eq(invoices.werkplaatsId, werkplaatsId)));
  if (!invoice || invoice.status === "draft" || !invoice.supplier || !invoice.customer) return undefined;
  const [lines, [branding], corrected, credited] = await Promise.all([
    db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, invoiceId)).orderBy(asc(invoiceLines.position)),
    db
      .select({ logo: billingSettings.logo, mimeType: billingSettings.logoMimeType })
      .from(billingSettings)
      .where(eq(billingSettings.werkplaatsId, werkplaatsId)),
    invoice.creditsInvoiceId
      ? db
          .select({ number: invoices.number, issueDate: invoices.issueDate })
          .from(invoices)
          .where(eq(invoices.id, invoice.creditsInvoiceId))
      : Promise.resolve([]),
    invoice.kind === "invoice" ? creditedCents(db, invoice.id) : Promise.resolve(0),
  ]);
  const mimeType = branding?.mimeType;
  const logo = branding?.logo && isLogoType(mimeType) ? { mimeType, bytes: new Uint8Array(branding.logo) } : null;
  return documentFrom({ invoice, lines, logo, corrects: corrected[0], creditedCents: credited });
}

type InvoiceRow = typeof invoices.$inferSelect;
type IssuedParts = {
  invoice: InvoiceRow;
  lines: (typeof invoiceLines.$inferSelect)[];
  logo: InvoiceDocument["supplier"]["logo"];
  corrects: { number: string | null; issueDate: string | null } | undefined;
  creditedCents: number;
};

/** The document from rows already read: one invoice here, or many at once for the accountant's export. */
export function documentFrom({ invoice, lines, logo, corrects, creditedCents: credited }: IssuedParts): InvoiceDocument {
  const documentLines: DocumentLine[] = lines.map((line) => ({
    description: line.description,
    period: line.periodStart && line.periodEnd ? { start: line.periodStart, end: line.periodEnd } : null,
    quantity: Number(line.quantity),
    unitCode: line.unitCode as DocumentLine["unitCode"],
    unitCents: line.unitCents,
    netCents: line.netCents,
    btw: { category: line.btwCategory as BtwCategory, percent: line.btwPercent, exemptionReason: line.exemptionReason },
    btwCents: line.btwCents,
  }));
  return {
    kind: invoice.kind as InvoiceDocument["kind"],
    number: invoice.number!,
    issueDate: invoice.issueDate!,
    dueDate: invoice.dueDate!,
    supplyPeriod: { start: invoice.periodStart, end: invoice.periodEnd },
    currency: "EUR",
    language: isLocale(invoice.language) ? invoice.language : "nl",
    supplier: { ...invoice.supplier!, logo },
    customer: invoice.customer!,
    lines: documentLines,
    btwBreakdown: btwBreakdown(documentLines),
    totals: {
      netCents: invoice.netCents,
      btwCents: invoice.btwCents,
      grossCents: invoice.grossCents,
      paidCents: invoice.paidCents,
      // A credit note is settled against the invoice it corrects: nothing is due on it.
      dueCents: invoice.kind === "invoice" ? dueCents(invoice.grossCents, invoice.paidCents, credited) : 0,
    },
    paymentReference: invoice.paymentReference!,
    corrects: corrects?.number && corrects.issueDate ? { number: corrects.number, issueDate: corrects.issueDate } : null,
    notes: invoice.notes,
  };
}
