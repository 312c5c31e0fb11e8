import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { billingParties, companies, directDebitCollections, directDebitMandates, invoices } from "#db/schema";
import type { Executor } from "~/utils/db.server";
import type { OpenInvoice } from "./matching";

/**
 * The invoices a statement line may pay or return, as the matcher wants them: every open
 * invoice, and every invoice ever put in a direct debit (a storno may come after it was paid).
 * A party's accounts are its company's IBAN and its mandates' IBANs.
 */
export async function invoicesToMatch(tx: Executor, werkplaatsId: string): Promise<OpenInvoice[]> {
  const collected = tx
    .select({ id: directDebitCollections.invoiceId })
    .from(directDebitCollections)
    .where(eq(directDebitCollections.werkplaatsId, werkplaatsId));
  const rows = await tx
    .select({
      id: invoices.id,
      number: invoices.number,
      paymentReference: invoices.paymentReference,
      grossCents: invoices.grossCents,
      paidCents: invoices.paidCents,
      creditedCents: sql<string>`(select coalesce(sum(c.gross_cents), 0) from invoices c
        where c.credits_invoice_id = ${invoices.id} and c.status <> 'draft')`,
      partyId: invoices.partyId,
      partyName: billingParties.name,
      companyIban: companies.iban,
    })
    .from(invoices)
    .innerJoin(billingParties, eq(billingParties.id, invoices.partyId))
    .leftJoin(companies, eq(companies.id, billingParties.companyId))
    .where(
      and(
        eq(invoices.werkplaatsId, werkplaatsId),
        eq(invoices.kind, "invoice"),
        or(eq(invoices.status, "issued"), inArray(invoices.id, collected)),
      ),
    )
    .orderBy(invoices.issueDate, invoices.number);
  if (rows.length === 0) return [];

  const partyIds = [...new Set(rows.map((r) => r.partyId))];
  const mandates = await tx
    .select({ partyId: directDebitMandates.partyId, iban: directDebitMandates.iban })
    .from(directDebitMandates)
    .where(and(eq(directDebitMandates.werkplaatsId, werkplaatsId), inArray(directDebitMandates.partyId, partyIds)));
  const collections = await tx
    .select({ invoiceId: directDebitCollections.invoiceId, endToEndId: directDebitCollections.endToEndId })
    .from(directDebitCollections)
    .where(and(eq(directDebitCollections.werkplaatsId, werkplaatsId), isNull(directDebitCollections.returnedAt)));

  return rows.map((r) => ({
    id: r.id,
    number: r.number ?? "",
    paymentReference: r.paymentReference ?? "",
    openCents: Math.max(0, r.grossCents - r.paidCents - Number(r.creditedCents)),
    party: {
      name: r.partyName,
      ibans: [r.companyIban, ...mandates.filter((m) => m.partyId === r.partyId).map((m) => m.iban)].filter((i): i is string => !!i),
    },
    directDebitIds: collections.filter((c) => c.invoiceId === r.id).map((c) => c.endToEndId),
  }));
}
