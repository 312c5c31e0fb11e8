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
import { finishRun, partyDone, runOf, startRun } from "./run-record.server";
import { readMonthSources } from "./sources.server";

/**
 * The monthly billing run: a preview of every party's invoice, then issuing them one party per
 * transaction. Nothing here keeps the run from billing twice: the database does, through the
 * lines' charge keys, so a rerun, a second manager or a run killed halfway issues only what is
 * still missing.
 */

async function timezoneOf(werkplaatsId: string) {
  const [row] = await db.select({ timezone: werkplaatsen.timezone }).from(werkplaatsen).where(eq(werkplaatsen.id, werkplaatsId));
  if (!row) throw notFound();
  return row.timezone;
}

async function planMonth(werkplaatsId: string, month: BillingMonth) {
  monthPeriod(month);
  const [timezone, run, sources] = await Promise.all([
    timezoneOf(werkplaatsId),
    runOf(werkplaatsId, month),
    readMonthSources(werkplaatsId, month),
  ]);
  const dates = {
    dateOf: (instant: Date) => toLocalParts(instant, timezone).date,
    timeOf: (instant: Date) => toLocalParts(instant, timezone).time,
  };
  const invoices = partyInvoices(month, sources, { excluded: run?.excluded ?? [], oneOffs: run?.oneOffs ?? [] }, dates);
  return { run, invoices };
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
 * Issues the month for every party not left out. Each party's invoice (and any deposit refund)
 * is its own transaction: a failure is recorded with its reason and the run moves on. A line
 * another run issued meanwhile makes the database refuse the whole invoice (the charge key is
 * taken), which counts as already issued: the next run picks up anything still missing.
 */
export async function issueMonth(
  werkplaatsId: string,
  actorId: string | null,
  month: BillingMonth,
  options: { now?: Date; parallel?: number; onParty?: (outcome: RunOutcome) => void } = {},
): Promise<RunOutcome> {
  const settings = await billingSettingsOf(werkplaatsId);
  const missing = missingForIssue(settings);
  if (missing.length > 0) throw new SettingsIncomplete(missing);
  const { invoices } = await planMonth(werkplaatsId, month);
  const targets = invoices.filter((i) => !i.excluded);
  await startRun(werkplaatsId, month, actorId, targets.length);
  const outcome: RunOutcome = { issued: 0, skipped: 0, failures: [] };
  const queue = [...targets];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const result = await issueParty(werkplaatsId, actorId, month, next, options.now);
      if (result.failure) outcome.failures.push(result.failure);
      else if (result.issued === 0) outcome.skipped += 1;
      outcome.issued += result.issued;
      await partyDone(werkplaatsId, month, result);
      options.onParty?.(outcome);
    }
  };
  // PGlite has one connection: its transactions must take turns.
  const parallel = databaseKind() === "postgres" ? (options.parallel ?? 4) : 1;
  await Promise.all(Array.from({ length: parallel }, worker));
  await finishRun(werkplaatsId, month);
  return outcome;
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
