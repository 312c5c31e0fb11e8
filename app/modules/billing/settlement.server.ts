import { and, eq, ne, sql } from "drizzle-orm";
import { invoices } from "#db/schema";
import type { Executor } from "~/utils/db.server";
import { conflict, notFound } from "~/utils/errors";
import type { InvoiceStatus } from "./terms";

/**
 * One of this werkplaats's invoices, locked until the transaction ends, so two money events on it
 * (a payment and a credit note, two reminders) are decided one after the other. Another
 * werkplaats's invoice is not found.
 */
export async function lockInvoice(tx: Executor, werkplaatsId: string, invoiceId: string) {
  const [invoice] = await tx
    .select()
    .from(invoices)
    .where(and(eq(invoices.id, invoiceId), eq(invoices.werkplaatsId, werkplaatsId)))
    .for("update");
  if (!invoice) throw notFound();
  return invoice;
}

/** An issued invoice with money still due, locked, with what is due; anything else is a conflict. */
export async function lockOpenInvoice(tx: Executor, werkplaatsId: string, invoiceId: string) {
  const invoice = await lockInvoice(tx, werkplaatsId, invoiceId);
  const due = dueCents(invoice.grossCents, invoice.paidCents, await creditedCents(tx, invoiceId));
  if (invoice.kind !== "invoice" || invoice.status !== "issued" || due === 0) throw conflict("receivables.errors.notOpen");
  return { invoice, due };
}

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
