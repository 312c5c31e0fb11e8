import { and, desc, eq, sql } from "drizzle-orm";
import { bankImports, bankLines, invoices, payments, users } from "#db/schema";
import { recordMoneyEvent, recordPayment } from "~/modules/billing/index.server";
import { db, type Executor } from "~/utils/db.server";
import { conflict, notFound } from "~/utils/errors";
import { invoicesToMatch } from "./open-invoices.server";

/**
 * The payments page: what each import did (lines, matched, waiting, booked) and the lines that
 * wait for the manager, with the open invoices to assign them to (the matcher's candidates first).
 */
export async function paymentsPage(werkplaatsId: string) {
  const imports = await db
    .select({
      id: bankImports.id,
      fileName: bankImports.fileName,
      importedAt: bankImports.importedAt,
      lines: bankImports.lineCount,
      known: bankImports.knownCount,
      matched: sql<number>`count(${bankLines.id}) filter (where ${bankLines.outcome} in ('booked', 'storno'))::int`,
      review: sql<number>`count(${bankLines.id}) filter (where ${bankLines.outcome} = 'review')::int`,
      bookedCents: sql<number>`coalesce(sum(${payments.amountCents}), 0)::int`,
    })
    .from(bankImports)
    .leftJoin(bankLines, eq(bankLines.importId, bankImports.id))
    .leftJoin(payments, eq(payments.id, bankLines.paymentId))
    .where(eq(bankImports.werkplaatsId, werkplaatsId))
    .groupBy(bankImports.id)
    .orderBy(desc(bankImports.importedAt))
    .limit(20);
  const waiting = await db
    .select()
    .from(bankLines)
    .where(and(eq(bankLines.werkplaatsId, werkplaatsId), eq(bankLines.outcome, "review")))
    .orderBy(bankLines.bookingDate, bankLines.id)
    .limit(200);
  const ignored = await db
    .select({
      id: bankLines.id,
      bookingDate: bankLines.bookingDate,
      amountCents: bankLines.amountCents,
      direction: bankLines.direction,
      counterpartyName: bankLines.counterpartyName,
      remittance: bankLines.remittance,
      resolvedAt: bankLines.resolvedAt,
      resolvedBy: users.name,
    })
    .from(bankLines)
    .leftJoin(users, eq(users.id, bankLines.resolvedBy))
    .where(and(eq(bankLines.werkplaatsId, werkplaatsId), eq(bankLines.outcome, "ignored")))
    .orderBy(desc(bankLines.resolvedAt))
    .limit(20);
  const open = waiting.length > 0 ? (await invoicesToMatch(db, werkplaatsId)).filter((i) => i.openCents > 0) : [];
  const review = waiting.map((line) => {
    const candidates = (line.reviewReason?.vars?.numbers?.toString() ?? "").split(", ");
    return {
      ...line,
      invoices: [...open]
        .sort((a, b) => Number(candidates.includes(b.number)) - Number(candidates.includes(a.number)))
        .map((i) => ({ id: i.id, number: i.number, partyName: i.party.name, openCents: i.openCents })),
    };
  });
  return { imports, review, ignored };
}

/** Locks a line that still waits for review; another manager's decision first means 409. */
async function waitingLine(tx: Executor, werkplaatsId: string, lineId: string) {
  const [line] = await tx
    .select()
    .from(bankLines)
    .where(and(eq(bankLines.id, lineId), eq(bankLines.werkplaatsId, werkplaatsId)))
    .for("update");
  if (!line) throw notFound();
  if (line.outcome !== "review") throw conflict("payments.review.gone");
  return line;
}

/** The manager says which invoice a waiting credit pays: booked as a transfer, the rest kept as credit. */
export async function assignLine(werkplaatsId: string, actorId: string, lineId: string, invoiceId: string) {
  return db.transaction(async (tx) => {
    const line = await waitingLine(tx, werkplaatsId, lineId);
    if (line.direction !== "credit") throw conflict("payments.review.notCredit");
    const [invoice] = await tx
      .select({ number: invoices.number })
      .from(invoices)
      .where(and(eq(invoices.id, invoiceId), eq(invoices.werkplaatsId, werkplaatsId)));
    if (!invoice) throw notFound();
    const { payment } = await recordPayment(
      werkplaatsId,
      actorId,
      invoiceId,
      {
        amountCents: line.amountCents,
        method: "transfer",
        receivedOn: line.bookingDate,
        reference: (line.structuredReference ?? line.remittance).slice(0, 140) || null,
        note: line.counterpartyName,
      },
      tx,
    );
    await tx
      .update(bankLines)
      .set({ outcome: "assigned", invoiceId, paymentId: payment.id, resolvedBy: actorId, resolvedAt: new Date() })
      .where(eq(bankLines.id, lineId));
    return { number: invoice.number ?? "" };
  });
}

/** Not an invoice's money (a bank fee, a refund, rent): set aside, with who decided it and when. */
export async function ignoreLine(werkplaatsId: string, actorId: string, lineId: string) {
  await db.transaction(async (tx) => {
    const line = await waitingLine(tx, werkplaatsId, lineId);
    await tx.update(bankLines).set({ outcome: "ignored", resolvedBy: actorId, resolvedAt: new Date() }).where(eq(bankLines.id, lineId));
    await recordMoneyEvent(tx, {
      werkplaatsId,
      invoiceId: null,
      actorId,
      kind: "statement_line_ignored",
      details: { bankLineId: line.id, amountCents: line.amountCents, direction: line.direction, bookingDate: line.bookingDate },
    });
  });
}
