import { createHash } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import { bankImports, bankLines, directDebitCollections, payments } from "#db/schema";
import { billingSettingsOf, recordMoneyEvent, recordPayment, reversePayment } from "~/modules/billing/index.server";
import { db, type Executor } from "~/utils/db.server";
import { invalid } from "~/utils/errors";
import { normaliseIban } from "./iban";
import { type LineMatch, matchStatementLines } from "./matching";
import { invoicesToMatch } from "./open-invoices.server";
import type { BankStatement, StatementLine } from "./statement";
import { parseStatementFile } from "./statement-file";

/** A year of a busy werkplaats's statements is far less; more is an export mistake or an attack (and the server takes no larger body). */
export const MAX_STATEMENT_BYTES = 1_000_000;

export type ImportSummary = {
  importId: string;
  fileName: string;
  lines: number;
  booked: number;
  review: number;
  known: number;
  bookedCents: number;
};

/** The text of an uploaded file: UTF-8 (CAMT), or Latin-1 where MT940 from an older bank is not. */
function fileText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw invalid("payments.import.noFile", undefined, "statement");
  if (bytes.length > MAX_STATEMENT_BYTES) throw invalid("payments.import.tooLarge", undefined, "statement");
  if (bytes.includes(0)) throw invalid("payments.statement.unknownFormat", undefined, "statement");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("latin1").decode(bytes);
  }
}

/**
 * The bank's name for an entry: the account with the bank's own reference, or (when the bank
 * gives none) a hash of what the entry says. Identical entries in one file are told apart by
 * their order, which the same file repeats when imported again.
 */
function entryKeys(statement: BankStatement): string[] {
  const seen = new Map<string, number>();
  return statement.lines.map((line) => {
    const base = [
      statement.accountIban ?? "",
      line.bankReference ?? "",
      line.endToEndId ?? "",
      line.bookingDate,
      line.direction,
      line.amountCents,
      line.counterparty.iban ?? "",
      line.bankReference ? "" : line.remittance,
      line.structuredReference ?? "",
    ].join("|");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return createHash("sha256").update(`${base}#${n}`).digest("hex");
  });
}

/**
 * Reads a bank statement and books what it can: a credit that the matcher ties to one invoice
 * becomes a payment on it (by transfer, or by incasso when it is a collection of ours), a
 * returned direct debit reverses the payment it returned and re-opens the invoice, and
 * everything else waits for review. Entries seen before are skipped by the database's unique
 * key, so importing a statement twice (or two at once) books each entry once. A file that is
 * not a statement, or is for another account, changes nothing.
 */
export async function importStatement(
  werkplaatsId: string,
  actorId: string | null,
  file: { name: string; bytes: Uint8Array },
): Promise<ImportSummary> {
  const statements = parseStatementFile(fileText(file.bytes));
  const settings = await billingSettingsOf(werkplaatsId);
  const own = settings?.iban ? normaliseIban(settings.iban) : null;
  for (const s of statements) {
    if (own && s.accountIban && normaliseIban(s.accountIban) !== own) {
      throw invalid("payments.import.otherAccount", { account: s.accountIban, own }, "statement");
    }
  }
  const entries = statements.flatMap((s) => {
    const keys = entryKeys(s);
    return s.lines.map((line, i) => ({ line, key: keys[i]! }));
  });
  if (entries.length === 0) throw invalid("payments.import.empty", undefined, "statement");

  return db.transaction(async (tx) => {
    const [imported] = await tx
      .insert(bankImports)
      .values({
        werkplaatsId,
        format: statements[0]!.format,
        fileName: file.name.slice(0, 200) || "afschrift",
        accountIban: statements[0]!.accountIban,
        statementIds: statements.map((s) => s.statementId),
        lineCount: entries.length,
        knownCount: 0,
        importedBy: actorId,
      })
      .returning();
    const importId = imported!.id;
    const fresh: { line: StatementLine; id: string }[] = [];
    for (const { line, key } of entries) {
      const [row] = await tx
        .insert(bankLines)
        .values({ ...lineColumns(line), werkplaatsId, importId, entryKey: key, outcome: "review" })
        .onConflictDoNothing()
        .returning({ id: bankLines.id });
      if (row) fresh.push({ line, id: row.id });
    }
    const known = entries.length - fresh.length;
    if (known > 0) await tx.update(bankImports).set({ knownCount: known }).where(eq(bankImports.id, importId));

    const matches = matchStatementLines(
      fresh.map((f) => f.line),
      await invoicesToMatch(tx, werkplaatsId),
    );
    let booked = 0;
    let bookedCents = 0;
    for (const [i, match] of matches.entries()) {
      const lineId = fresh[i]!.id;
      const done = await book(tx, werkplaatsId, actorId, lineId, match);
      if (done) {
        booked += 1;
        if (match.kind === "payment") bookedCents += match.amountCents;
      }
    }
    const summary = {
      importId,
      fileName: imported!.fileName,
      lines: entries.length,
      booked,
      review: fresh.length - booked,
      known,
      bookedCents,
    };
    await recordMoneyEvent(tx, { werkplaatsId, invoiceId: null, actorId, kind: "statement_imported", details: summary });
    return summary;
  });
}

function lineColumns(line: StatementLine) {
  return {
    bookingDate: line.bookingDate,
    amountCents: line.amountCents,
    direction: line.direction,
    counterpartyName: line.counterparty.name?.slice(0, 200) ?? null,
    counterpartyIban: line.counterparty.iban,
    remittance: line.remittance.slice(0, 1000),
    structuredReference: line.structuredReference,
    endToEndId: line.endToEndId,
    stornoReason: line.storno?.reasonCode ?? null,
    reviewReason: null,
  };
}

/** Books one matched line; false when it stays for review. */
async function book(tx: Executor, werkplaatsId: string, actorId: string | null, lineId: string, match: LineMatch): Promise<boolean> {
  const { line } = match;
  if (match.kind === "review") {
    await tx.update(bankLines).set({ reviewReason: match.reason }).where(eq(bankLines.id, lineId));
    return false;
  }
  if (match.kind === "payment") {
    const collection = line.endToEndId ? await openCollection(tx, werkplaatsId, line.endToEndId) : undefined;
    const { payment } = await recordPayment(
      werkplaatsId,
      actorId,
      match.invoiceId,
      {
        amountCents: match.amountCents,
        method: collection ? "incasso" : "transfer",
        receivedOn: line.bookingDate,
        reference: (line.structuredReference ?? line.endToEndId ?? line.remittance).slice(0, 140) || null,
        note: line.counterparty.name,
      },
      tx,
    );
    await tx
      .update(bankLines)
      .set({ outcome: "booked", invoiceId: match.invoiceId, paymentId: payment.id })
      .where(eq(bankLines.id, lineId));
    return true;
  }
  await returnCollection(tx, werkplaatsId, actorId, lineId, match);
  return true;
}

async function openCollection(tx: Executor, werkplaatsId: string, endToEndId: string) {
  const [row] = await tx
    .select()
    .from(directDebitCollections)
    .where(and(eq(directDebitCollections.werkplaatsId, werkplaatsId), eq(directDebitCollections.endToEndId, endToEndId)));
  return row && row.returnedAt === null ? row : undefined;
}

/**
 * A storno: the collection is returned (so the invoice may be collected again) and the payment
 * it made is reversed, which re-opens the invoice. The payment is the one the collection made,
 * else the newest standing payment of that amount.
 */
async function returnCollection(
  tx: Executor,
  werkplaatsId: string,
  actorId: string | null,
  lineId: string,
  match: Extract<LineMatch, { kind: "storno" }>,
) {
  const { line } = match;
  if (line.endToEndId) {
    await tx
      .update(directDebitCollections)
      .set({ returnedAt: new Date(), returnReason: match.reasonCode })
      .where(
        and(
          eq(directDebitCollections.werkplaatsId, werkplaatsId),
          eq(directDebitCollections.endToEndId, line.endToEndId),
          isNull(directDebitCollections.returnedAt),
        ),
      );
  }
  const standing = await tx
    .select({ id: payments.id, method: payments.method, amountCents: payments.amountCents })
    .from(payments)
    .where(and(eq(payments.invoiceId, match.invoiceId), isNull(payments.reversedAt)))
    .orderBy(desc(payments.createdAt));
  const payment =
    standing.find((p) => p.method === "incasso" && p.amountCents === match.amountCents) ??
    standing.find((p) => p.amountCents === match.amountCents);
  if (payment) await reversePayment(werkplaatsId, actorId, payment.id, { reasonCode: match.reasonCode, bankLineId: lineId }, tx);
  await tx.update(bankLines).set({ outcome: "storno", invoiceId: match.invoiceId }).where(eq(bankLines.id, lineId));
}
