import { and, eq, ne, sql } from "drizzle-orm";
import { invoices } from "#db/schema";
import type { Executor } from "~/utils/db.server";
import type { InvoiceStatus } from "./terms";

/** The gross of the credit notes issued against an invoice. */
export async function creditedCents(tx: Executor, invoiceId: string): Promise<number> {
  const [row] = await tx
    .select({ cents: sql<string>`coalesce(sum(${invoices.grossCents}), 0)` })
    .from(invoices)
    .where(and(eq(invoices.creditsInvoiceId, invoiceId), ne(invoices.status, "draft")));
  return Number(row?.cents ?? 0);
}

/**
 * Where an issued invoice stands once money or a credit note came in: settled when payments and
 * credits cover it (credited when credits alone do), issued while anything is still due.
 */
export function settledStatus(grossCents: number, paidCents: number, credited: number): InvoiceStatus {
  if (paidCents + credited < grossCents) return "issued";
  return credited >= grossCents ? "credited" : "paid";
}

/** What is still to be paid on an invoice. */
export function dueCents(grossCents: number, paidCents: number, credited: number) {
  return Math.max(0, grossCents - paidCents - credited);
}
