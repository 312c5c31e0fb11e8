import { eq } from "drizzle-orm";
import { werkplaatsen } from "#db/schema";
import type { RunFailure } from "#db/schema";
import { databaseKind, db, pgErrorOf, PG } from "~/utils/db.server";
import { isDomainError, notFound } from "~/utils/errors";
import { logger } from "~/utils/logger.server";
import { toLocalParts } from "~/utils/zoned-time";
import { missingForIssue } from "../checklist";
import { creditInvoice } from "../credit-notes.server";
import { createDraftInvoice, issueWithin, SettingsIncomplete } from "../invoices.server";
import { partyForCompany, partyForPerson } from "../parties.server";
import { billingSettingsOf } from "../settings.server";
import { monthPeriod, type BillingMonth } from "./membership-lines";
import { partyInvoices, type PartyInvoice } from "./party-invoices";
import { issueChunk, type RunContext } from "./issue-chunk.server";
import { chunkDone, finishRun, runOf, startRun } from "./run-record.server";
import { readMonthSources } from "./sources.server";

/**
 * The monthly billing run: a preview of every party's invoice, then issuing them one party per
 * transaction. Nothing here keeps the run from billing twice: the database does, through the
 * lines' charge keys, so a rerun, a second manager or a run killed halfway issues only what is
 * still missing.
 */

async function werkplaatsOf(werkplaatsId: string) {
  const [row] = await db
    .select({ timezone: werkplaatsen.timezone, email: werkplaatsen.email })
    .from(werkplaatsen)
    .where(eq(werkplaatsen.id, werkplaatsId));
  if (!row) throw notFound();
  return row;
}

async function planMonth(werkplaatsId: string, month: BillingMonth) {
  monthPeriod(month);
  const [werkplaats, run, sources] = await Promise.all([
    werkplaatsOf(werkplaatsId),
    runOf(werkplaatsId, month),
    readMonthSources(werkplaatsId, month),
  ]);
  const dates = {
    dateOf: (instant: Date) => toLocalParts(instant, werkplaats.timezone).date,
    timeOf: (instant: Date) => toLocalParts(instant, werkplaats.timezone).time,
  };
  const invoices = partyInvoices(month, sources, { excluded: run?.excluded ?? [], oneOffs: run?.oneOffs ?? [] }, dates);
  return { run, invoices, werkplaats };
}

/** What the run would issue for the month, per party; writes nothing. */
export async function previewMonth(werkplaatsId: string, month: BillingMonth) {
  const [{ run, invoices }, settings] = await Promise.all([planMonth(werkplaatsId, month), billingSettingsOf(werkplaatsId)]);
  const included = invoices.filter((i) => !i.excluded);
  return {
    month,
    run: run ?? null,
    invoices,
    missing: missingForIssue(settings),
    totals: {
      parties: included.length,
      netCents: included.reduce((n, i) => n + i.totals.netCents, 0),
      grossCents: included.reduce((n, i) => n + i.totals.grossCents, 0),
    },
  };
}

export type RunOutcome = { issued: number; skipped: number; failures: RunFailure[] };

/**
 * Issues the month for every party not left out, in chunks of `chunkSize` parties: each chunk is
 * one transaction of a few set-based statements (issue-chunk.server.ts), several chunks at a time.
 * Settings, werkplaats and plan are read once per run. When a chunk fails as a whole, its parties
 * are issued again one transaction each: a failure is recorded with its reason and the run moves
 * on. A line another run issued meanwhile makes the database refuse that party's invoice (the
 * charge key is taken), which counts as already issued: the next run picks up anything missing.
 */
export async function issueMonth(
  werkplaatsId: string,
  actorId: string | null,
  month: BillingMonth,
  options: { now?: Date; parallel?: number; chunkSize?: number; onParty?: (outcome: RunOutcome) => void } = {},
): Promise<RunOutcome> {
  const settings = await billingSettingsOf(werkplaatsId);
  const missing = missingForIssue(settings);
  if (!settings || missing.length > 0) throw new SettingsIncomplete(missing);
  const { invoices, werkplaats } = await planMonth(werkplaatsId, month);
  const targets = invoices.filter((i) => !i.excluded);
  await startRun(werkplaatsId, month, actorId, targets.length);
  const run: RunContext = { werkplaatsId, actorId, period: monthPeriod(month), settings, werkplaats };
  const outcome: RunOutcome = { issued: 0, skipped: 0, failures: [] };
  const size = options.chunkSize ?? 200;
  const queue = Array.from({ length: Math.ceil(targets.length / size) }, (_, i) => targets.slice(i * size, (i + 1) * size));
  const worker = async () => {
    for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
      const done = await issueInChunk(run, month, chunk, options.now);
      outcome.issued += done.issued;
      outcome.skipped += done.skipped;
      outcome.failures.push(...done.failures);
      await chunkDone(werkplaatsId, month, { parties: chunk.length, ...done });
      options.onParty?.(outcome);
    }
  };
  // PGlite has one connection: its transactions must take turns.
  const parallel = databaseKind() === "postgres" ? (options.parallel ?? 4) : 1;
  await Promise.all(Array.from({ length: parallel }, worker));
  await finishRun(werkplaatsId, month);
  return outcome;
}

/** One chunk: set-based when it goes through, else party by party; deposit refunds after it. */
async function issueInChunk(run: RunContext, month: BillingMonth, chunk: PartyInvoice[], now?: Date) {
  const result = { issued: 0, skipped: 0, failures: [] as RunFailure[] };
  let together: Awaited<ReturnType<typeof issueChunk>> | undefined;
  try {
    together = await db.transaction((tx) => issueChunk(tx, run, chunk, now));
  } catch (error) {
    // A charge key taken by another run meanwhile is expected; anything else is worth a look,
    // though each party's own try below lists the one that fails. The first line only: the
    // failed query's parameters hold the customers' details.
    const pg = pgErrorOf(error);
    const log = pg?.code === PG.uniqueViolation ? logger.info : logger.warn;
    log("billing run: chunk issued party by party", {
      werkplaatsId: run.werkplaatsId,
      month,
      code: pg?.code,
      error: (error as Error).message?.split("\n")[0],
    });
  }
  for (const planned of chunk) {
    const party = together
      ? await refundsOf(run, month, planned, together.issued.has(planned.party.key) ? 1 : 0, now)
      : await issueParty(run.werkplaatsId, run.actorId, month, planned, now);
    const failure = party.failure ?? together?.failures.find((f) => f.partyKey === planned.party.key);
    if (failure) result.failures.push(failure);
    else if (party.issued === 0) result.skipped += 1;
    result.issued += party.issued;
  }
  return result;
}

/** The deposit refunds of a party whose invoice the chunk took care of. */
async function refundsOf(run: RunContext, month: BillingMonth, planned: PartyInvoice, issued: number, now?: Date) {
  if (planned.refunds.length === 0) return { issued };
  const refunds = await issueParty(run.werkplaatsId, run.actorId, month, { ...planned, lines: [] }, now);
  return { ...refunds, issued: refunds.issued + issued };
}

async function issueParty(
  werkplaatsId: string,
  actorId: string | null,
  month: BillingMonth,
  invoice: PartyInvoice,
  now?: Date,
): Promise<{ issued: number; failure?: RunFailure }> {
  const { party, lines } = invoice;
  let issued = 0;
  try {
    if (lines.length > 0) {
      await db.transaction(async (tx) => {
        const row =
          party.kind === "company"
            ? await partyForCompany(werkplaatsId, party.refId, tx)
            : await partyForPerson(werkplaatsId, party.refId, tx);
        const draft = await createDraftInvoice(werkplaatsId, actorId, { partyId: row.id, period: monthPeriod(month), lines }, tx);
        await issueWithin(tx, werkplaatsId, actorId, draft.id, now);
      });
      issued += 1;
    }
    for (const refund of invoice.refunds) {
      await creditInvoice(werkplaatsId, actorId, refund.invoiceId, [refund.lineId], now);
      issued += 1;
    }
    return { issued };
  } catch (error) {
    if (isDomainError(error) && (error.key === "billing.errors.alreadyCharged" || error.key === "billing.errors.creditTooMuch")) {
      return { issued };
    }
    if (pgErrorOf(error)?.code === PG.uniqueViolation && pgErrorOf(error)?.constraint === "invoice_lines_charge_key") return { issued };
    const reason = isDomainError(error)
      ? { key: error.key, vars: error.vars as RunFailure["reason"]["vars"] }
      : { key: "billing.run.failed.unexpected" };
    if (!isDomainError(error))
      // The code and message only: the failed query's parameters hold the customer's details.
      logger.error("billing run: party failed", {
        werkplaatsId,
        month,
        party: party.key,
        code: pgErrorOf(error)?.code,
        error: (error as Error).message?.split("\n")[0],
      });
    return { issued, failure: { partyKey: party.key, name: party.name, reason } };
  }
}
