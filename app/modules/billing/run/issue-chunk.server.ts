import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { invoiceLines, invoices, moneyEvents, type RunFailure } from "#db/schema";
import { addDays, type IsoDate } from "~/utils/calendar";
import type { Tx } from "~/utils/db.server";
import { isDomainError } from "~/utils/errors";
import { insertRows } from "~/utils/sql";
import { todayIn } from "~/utils/zoned-time";
import { invoiceTotals } from "../btw";
import {
  customerSnapshot,
  invoiceNotes,
  invoiceNumber,
  lineRows,
  priceLines,
  reserveSequences,
  supplierSnapshot,
} from "../invoices.server";
import { partiesFor } from "../parties.server";
import { newPaymentReference } from "../payment-reference";
import type { BillingSettings } from "../settings.server";
import type { PartyInvoice } from "./party-invoices";

/**
 * Issues a chunk of the run's invoices in one transaction with a fixed number of statements,
 * whatever the chunk's size: the parties, the drafts, their lines, one counter update for all
 * numbers, one update that issues them and one insert of their audit events. It gives the same
 * invoices as creating and issuing each draft (the same pricing, snapshots and notes); the
 * database checks the same constraints. Any error throws the whole chunk back (the numbers with
 * it), and the run then issues that chunk party by party to find and list the one that fails.
 */

/** What stays the same for every chunk of one run. */
export type RunContext = {
  werkplaatsId: string;
  actorId: string | null;
  period: { start: IsoDate; end: IsoDate };
  settings: BillingSettings;
  werkplaats: { timezone: string; email: string };
};

export type ChunkOutcome = { issued: Set<string>; failures: RunFailure[] };

export async function issueChunk(tx: Tx, run: RunContext, chunk: readonly PartyInvoice[], now = new Date()): Promise<ChunkOutcome> {
  const outcome: ChunkOutcome = { issued: new Set(), failures: [] };
  const withLines = chunk.filter((c) => c.lines.length > 0);
  if (withLines.length === 0) return outcome;
  const parties = await partiesFor(
    run.werkplaatsId,
    withLines.map((c) => c.party),
    tx,
  );
  const drafts = [];
  for (const planned of withLines) {
    const party = parties.get(planned.party.key);
    if (!party) {
      outcome.failures.push({ partyKey: planned.party.key, name: planned.party.name, reason: { key: "errors.notFound.body" } });
      continue;
    }
    try {
      const priced = priceLines(planned.lines, party, run.settings.countryCode);
      drafts.push({ id: randomUUID(), planned, party, priced, totals: invoiceTotals(priced) });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      outcome.failures.push({
        partyKey: planned.party.key,
        name: planned.party.name,
        reason: { key: error.key, vars: error.vars as RunFailure["reason"]["vars"] },
      });
    }
  }
  if (drafts.length === 0) return outcome;

  await insertRows(
    tx,
    invoices,
    drafts.map((d) => ({
      id: d.id,
      werkplaatsId: run.werkplaatsId,
      partyId: d.party.id,
      periodStart: run.period.start,
      periodEnd: run.period.end,
      language: d.party.language,
      createdBy: run.actorId,
      ...d.totals,
    })),
  );
  // A line's charge key already taken (another manager's run) throws here: the chunk goes back.
  await insertRows(
    tx,
    invoiceLines,
    drafts.flatMap((d) => lineRows(d.priced, run.werkplaatsId, d.id)),
  );

  // Numbered last, in the chunk's order, in one update of the counter row: it stays locked only
  // from here to the commit, and a chunk that rolls back gives all its numbers back.
  const issueDate = todayIn(now, run.werkplaats.timezone);
  const year = Number(issueDate.slice(0, 4));
  const first = await reserveSequences(tx, run.werkplaatsId, year, drafts.length);
  const supplier = supplierSnapshot(run.settings, run.werkplaats.email);
  const issued = drafts.map((d, i) => ({
    id: d.id,
    number: invoiceNumber(run.settings.invoicePrefix!, year, first + i),
    sequence: first + i,
    payment_reference: newPaymentReference(),
    customer: customerSnapshot(d.party),
    notes: invoiceNotes(
      d.priced.map((p) => ({ btwCategory: p.btw.category })),
      run.settings,
    ),
  }));
  await tx.execute(sql`
    update ${invoices} set
      status = 'issued', number = v.number, year = ${year}, sequence = v.sequence,
      issue_date = ${issueDate}, due_date = ${addDays(issueDate, run.settings.paymentTermDays)},
      payment_reference = v.payment_reference, supplier = ${JSON.stringify(supplier)}::jsonb,
      customer = v.customer, notes = v.notes, issued_at = ${now.toISOString()}::timestamptz
    from jsonb_to_recordset(${JSON.stringify(issued)}::jsonb)
      as v(id uuid, number text, sequence integer, payment_reference text, customer jsonb, notes text[])
    where ${invoices.id} = v.id and ${invoices.status} = 'draft'`);
  await insertRows(
    tx,
    moneyEvents,
    drafts.map((d, i) => ({
      werkplaatsId: run.werkplaatsId,
      invoiceId: d.id,
      actorId: run.actorId,
      kind: "issued" as const,
      details: { number: issued[i]!.number, kind: "invoice", grossCents: d.totals.grossCents },
    })),
  );
  for (const d of drafts) outcome.issued.add(d.planned.party.key);
  return outcome;
}
