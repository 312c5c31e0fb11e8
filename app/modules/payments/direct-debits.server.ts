import { randomBytes } from "node:crypto";
import { and, count, desc, eq, sql } from "drizzle-orm";
import { directDebitBatches, directDebitCollections, invoices } from "#db/schema";
import { billingSettingsOf, recordMoneyEvent } from "~/modules/billing/index.server";
import type { IsoDate } from "~/utils/calendar";
import { db, type Executor, pgErrorOf } from "~/utils/db.server";
import { conflict, invalid, notFound } from "~/utils/errors";
import { mandatesInForce } from "./mandates.server";
import { directDebitFile } from "./pain008";

/**
 * What can be collected now: issued invoices with money due, of a party with a mandate in force,
 * not already in a collection that was not returned ("in incasso").
 */
async function collectable(tx: Executor, werkplaatsId: string) {
  const mandates = await mandatesInForce(tx, werkplaatsId);
  if (mandates.length === 0) return [];
  const rows = await tx
    .select({
      id: invoices.id,
      number: invoices.number,
      partyId: invoices.partyId,
      dueCents: sql<number>`(${invoices.grossCents} - ${invoices.paidCents} - (select coalesce(sum(c.gross_cents), 0) from invoices c
        where c.credits_invoice_id = ${invoices.id} and c.status <> 'draft'))::int`,
    })
    .from(invoices)
    .where(
      and(
        eq(invoices.werkplaatsId, werkplaatsId),
        eq(invoices.kind, "invoice"),
        eq(invoices.status, "issued"),
        sql`not exists (select 1 from ${directDebitCollections} d where d.invoice_id = ${invoices.id} and d.returned_at is null)`,
        // Collected through Stripe (unless that failed): one invoice is debited on one rail only.
        sql`not exists (select 1 from stripe_collections s where s.invoice_id = ${invoices.id} and s.status <> 'failed')`,
      ),
    )
    .orderBy(invoices.issueDate, invoices.number);
  const byParty = new Map(mandates.map((m) => [m.partyId, m]));
  return rows.flatMap((r) => {
    const mandate = byParty.get(r.partyId);
    return mandate && r.dueCents > 0 ? [{ ...r, number: r.number ?? "", mandate }] : [];
  });
}

/** The incasso page: what a new file would hold, and the files made before. */
export async function directDebitPage(werkplaatsId: string) {
  const [ready, batches, settings] = await Promise.all([
    collectable(db, werkplaatsId),
    db
      .select({
        id: directDebitBatches.id,
        collectionDate: directDebitBatches.collectionDate,
        count: directDebitBatches.count,
        totalCents: directDebitBatches.totalCents,
        createdAt: directDebitBatches.createdAt,
      })
      .from(directDebitBatches)
      .where(eq(directDebitBatches.werkplaatsId, werkplaatsId))
      .orderBy(desc(directDebitBatches.createdAt))
      .limit(24),
    billingSettingsOf(werkplaatsId),
  ]);
  return {
    ready: { count: ready.length, totalCents: ready.reduce((sum, r) => sum + r.dueCents, 0) },
    batches,
    hasCreditorId: !!settings?.creditorId,
  };
}

/**
 * Writes a pain.008 file for every collectable invoice and marks each "in incasso" in the same
 * transaction. The partial unique index on open collections means that two managers pressing
 * the button at once cannot put one invoice in two files: the second transaction fails and
 * nothing of it is kept. The file is stored as written, to be downloaded again.
 */
export async function createDirectDebitBatch(werkplaatsId: string, actorId: string, collectionDate: IsoDate, today: IsoDate) {
  if (collectionDate <= today) throw invalid("payments.batch.dateTooSoon", undefined, "collectionDate");
  const settings = await billingSettingsOf(werkplaatsId);
  if (!settings?.creditorId) throw conflict("payments.batch.noCreditorId");
  try {
    return await db.transaction(async (tx) => {
      const ready = await collectable(tx, werkplaatsId);
      if (ready.length === 0) throw conflict("payments.directDebit.noCollections");
      const earlier = await tx
        .select({ invoiceId: directDebitCollections.invoiceId, n: count() })
        .from(directDebitCollections)
        .where(eq(directDebitCollections.werkplaatsId, werkplaatsId))
        .groupBy(directDebitCollections.invoiceId);
      const tries = new Map(earlier.map((e) => [e.invoiceId, e.n]));
      // The end-to-end id comes back with the money and with a storno: the invoice number, and a try count after a return.
      const rows = ready.map((r) => ({ ...r, endToEndId: tries.has(r.id) ? `${r.number}-${(tries.get(r.id) ?? 0) + 1}` : r.number }));
      const createdAt = new Date();
      const messageId = `${settings.invoicePrefix ?? "DD"}-${createdAt.toISOString().replace(/\D/g, "").slice(0, 14)}-${randomBytes(3).toString("hex")}`;
      const file = directDebitFile({
        messageId,
        createdAt,
        collectionDate,
        creditor: { name: settings.legalName ?? "", iban: settings.iban ?? "", bic: settings.bic, creditorId: settings.creditorId! },
        mandates: [...new Map(rows.map((r) => [r.mandate.id, r.mandate])).values()].map((m) => ({
          id: m.reference,
          signedOn: m.signedOn,
          debtorName: m.debtorName,
          iban: m.iban,
          bic: m.bic,
          sequence: m.sequence,
        })),
        collections: rows.map((r) => ({
          mandateId: r.mandate.reference,
          invoiceNumber: r.number,
          amountCents: r.dueCents,
          endToEndId: r.endToEndId,
        })),
      });
      const totalCents = rows.reduce((sum, r) => sum + r.dueCents, 0);
      const [batch] = await tx
        .insert(directDebitBatches)
        .values({ werkplaatsId, messageId, collectionDate, count: rows.length, totalCents, file, createdBy: actorId, createdAt })
        .returning();
      for (const r of rows) {
        await tx.insert(directDebitCollections).values({
          werkplaatsId,
          batchId: batch!.id,
          invoiceId: r.id,
          mandateId: r.mandate.id,
          sequence: r.mandate.sequence,
          amountCents: r.dueCents,
          endToEndId: r.endToEndId,
        });
        await recordMoneyEvent(tx, {
          werkplaatsId,
          invoiceId: r.id,
          actorId,
          kind: "direct_debit_file",
          details: { batchId: batch!.id, amountCents: r.dueCents, sequence: r.mandate.sequence, collectionDate, endToEndId: r.endToEndId },
        });
      }
      return batch!;
    });
  } catch (error) {
    if (pgErrorOf(error)?.code === "23505") throw conflict("payments.batch.inIncasso");
    throw error;
  }
}

/** A file made before, exactly as it was written. */
export async function directDebitBatchFile(werkplaatsId: string, batchId: string) {
  const [batch] = await db
    .select()
    .from(directDebitBatches)
    .where(and(eq(directDebitBatches.id, batchId), eq(directDebitBatches.werkplaatsId, werkplaatsId)));
  if (!batch) throw notFound();
  return {
    filename: `incasso-${batch.collectionDate}-${batch.messageId}.xml`,
    contentType: "application/xml; charset=utf-8",
    body: batch.file,
  };
}
