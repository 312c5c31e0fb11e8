import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { invoiceLines, invoices } from "#db/schema";
import { db } from "~/utils/db.server";
import { conflict, invalid } from "~/utils/errors";
import { recordMoneyEvent } from "./audit.server";
import { invoiceTotals, thousandthsToQuantity } from "./btw";
import { issueWithin, type Invoice } from "./invoices.server";
import { creditedCents, lockInvoice, settledStatus } from "./settlement.server";

const thousandths = (quantity: string) => Math.round(Number(quantity) * 1000);

/**
 * A credit note for a whole invoice (no `lineIds`) or for some of its lines: each credited line
 * in full, for what is left of it after earlier credit notes, so nothing is ever credited twice.
 * The invoice row is locked first, so two credit notes for the same invoice at the same moment
 * take turns and the second sees the first. Issued at once, with the invoice's BTW treatment.
 */
export async function creditInvoice(
  werkplaatsId: string,
  actorId: string | null,
  invoiceId: string,
  lineIds?: string[],
  now = new Date(),
): Promise<Invoice> {
  return db.transaction(async (tx) => {
    const original = await lockInvoice(tx, werkplaatsId, invoiceId);
    if (original.kind !== "invoice" || original.status === "draft") throw conflict("billing.errors.notCreditable");
    const lines = await tx.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, invoiceId)).orderBy(asc(invoiceLines.position));
    if (lineIds?.some((id) => !lines.some((l) => l.id === id))) throw invalid("billing.errors.unknownLine");
    const chosen = lineIds ? lines.filter((l) => lineIds.includes(l.id)) : lines;
    if (chosen.length === 0) throw invalid("billing.errors.noLines");

    const earlier = await tx
      .select({
        lineId: invoiceLines.creditedLineId,
        quantity: sql<string>`sum(${invoiceLines.quantity})`,
        netCents: sql<string>`sum(${invoiceLines.netCents})`,
        btwCents: sql<string>`sum(${invoiceLines.btwCents})`,
      })
      .from(invoiceLines)
      .innerJoin(invoices, eq(invoices.id, invoiceLines.invoiceId))
      .where(
        and(
          inArray(
            invoiceLines.creditedLineId,
            chosen.map((l) => l.id),
          ),
          ne(invoices.status, "draft"),
        ),
      )
      .groupBy(invoiceLines.creditedLineId);
    const creditedOf = (lineId: string) => earlier.find((e) => e.lineId === lineId);

    const remaining = chosen.map((line) => {
      const before = creditedOf(line.id);
      const left = thousandths(line.quantity) - (before ? thousandths(before.quantity) : 0);
      // What is left of the line in cents, not recomputed: the line and its credits add up to it exactly.
      const netCents = line.netCents - Number(before?.netCents ?? 0);
      const btwCents = line.btwCents - Number(before?.btwCents ?? 0);
      return { line, left, netCents, btwCents, open: left > 0 && netCents + btwCents > 0 };
    });
    // Lines named by the manager must all be open; crediting "the rest" skips lines credited before.
    const closed = remaining.find((r) => !r.open);
    if (lineIds && closed) throw conflict("billing.errors.creditTooMuch", { line: closed.line.description });
    const creditLines = remaining.filter((r) => r.open);
    if (creditLines.length === 0) throw conflict("billing.errors.creditTooMuch", { line: closed?.line.description ?? "" });

    const totals = invoiceTotals(creditLines);
    const [note] = await tx
      .insert(invoices)
      .values({
        werkplaatsId,
        partyId: original.partyId,
        kind: "credit_note",
        creditsInvoiceId: original.id,
        periodStart: original.periodStart,
        periodEnd: original.periodEnd,
        language: original.language,
        createdBy: actorId,
        ...totals,
      })
      .returning();
    await tx.insert(invoiceLines).values(
      creditLines.map((c, index) => ({
        invoiceId: note!.id,
        werkplaatsId,
        position: index + 1,
        description: c.line.description,
        periodStart: c.line.periodStart,
        periodEnd: c.line.periodEnd,
        quantity: thousandthsToQuantity(c.left),
        unitCode: c.line.unitCode,
        unitCents: c.line.unitCents,
        netCents: c.netCents,
        btwCategory: c.line.btwCategory,
        btwPercent: c.line.btwPercent,
        exemptionReason: c.line.exemptionReason,
        btwCents: c.btwCents,
        revenueKind: c.line.revenueKind,
        creditedLineId: c.line.id,
      })),
    );
    const issued = await issueWithin(tx, werkplaatsId, actorId, note!.id, now);

    const credited = await creditedCents(tx, original.id);
    await tx
      .update(invoices)
      .set({ status: settledStatus(original.grossCents, original.paidCents, credited) })
      .where(eq(invoices.id, original.id));
    await recordMoneyEvent(tx, {
      werkplaatsId,
      invoiceId: original.id,
      actorId,
      kind: "credited",
      details: { creditNote: issued.number, grossCents: issued.grossCents, lines: creditLines.length },
    });
    return issued;
  });
}
