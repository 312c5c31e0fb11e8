import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { billingRuns, type RunFailure } from "#db/schema";
import { db, type Executor } from "~/utils/db.server";
import type { BillingMonth } from "./membership-lines";
import type { OneOff } from "./party-invoices";

/**
 * The run record of a month: the manager's choices in the preview and the progress of issuing.
 * Choosing in the preview writes only here; no invoice exists until the run issues.
 */

export type BillingRun = typeof billingRuns.$inferSelect;

const ofMonth = (werkplaatsId: string, month: BillingMonth) =>
  and(eq(billingRuns.werkplaatsId, werkplaatsId), eq(billingRuns.month, month));

/**
 * A run whose record has not moved for this long died with its server (kill -9, a crash, a
 * deploy): a live run updates it after every chunk, within seconds even for 10,000 parties.
 */
export const STALE_RUN_MS = 2 * 60_000;

/**
 * The month's record. A run left "running" by a server that died is read as "interrupted", so
 * the page says so and offers Issue again, which finishes the month (the charge keys keep it
 * from billing twice). Read, not written: a run in another server process that is still busy
 * moves its record again and is "running" on the next read.
 */
export async function runOf(
  werkplaatsId: string,
  month: BillingMonth,
  options: { tx?: Executor; now?: Date } = {},
): Promise<BillingRun | undefined> {
  const [run] = await (options.tx ?? db).select().from(billingRuns).where(ofMonth(werkplaatsId, month));
  const stale = run?.status === "running" && (options.now ?? new Date()).getTime() - run.updatedAt.getTime() > STALE_RUN_MS;
  return stale ? { ...run, status: "interrupted" } : run;
}

/** The month's record, made on first use (a preview choice or an issue). */
async function ensureRun(werkplaatsId: string, month: BillingMonth, tx: Executor = db) {
  await tx.insert(billingRuns).values({ werkplaatsId, month }).onConflictDoNothing();
}

/** Leaves a party out of this month's run, or takes it back in. */
export async function setExcluded(werkplaatsId: string, month: BillingMonth, partyKey: string, excluded: boolean) {
  await ensureRun(werkplaatsId, month);
  await db
    .update(billingRuns)
    .set({
      excluded: excluded
        ? sql`array_append(array_remove(${billingRuns.excluded}, ${partyKey}), ${partyKey})`
        : sql`array_remove(${billingRuns.excluded}, ${partyKey})`,
      updatedAt: sql`now()`,
    })
    .where(ofMonth(werkplaatsId, month));
}

/** Adds a one-off line to one party's invoice of the month (a party issued already gets it on the next run). */
export async function addOneOff(werkplaatsId: string, month: BillingMonth, line: Omit<OneOff, "id">) {
  await ensureRun(werkplaatsId, month);
  const oneOff: OneOff = { id: randomUUID(), ...line };
  await db
    .update(billingRuns)
    .set({ oneOffs: sql`${billingRuns.oneOffs} || ${JSON.stringify([oneOff])}::jsonb`, updatedAt: sql`now()` })
    .where(ofMonth(werkplaatsId, month));
  return oneOff;
}

/** Takes a one-off line out again, unless it is already on an issued invoice (then the key stays taken). */
export async function removeOneOff(werkplaatsId: string, month: BillingMonth, oneOffId: string) {
  await db
    .update(billingRuns)
    .set({
      oneOffs: sql`coalesce((select jsonb_agg(o) from jsonb_array_elements(${billingRuns.oneOffs}) o where o->>'id' <> ${oneOffId}), '[]'::jsonb)`,
      updatedAt: sql`now()`,
    })
    .where(ofMonth(werkplaatsId, month));
}

/** Marks the run as issuing `total` parties from now on (a rerun starts its count afresh). */
export async function startRun(werkplaatsId: string, month: BillingMonth, actorId: string | null, total: number) {
  await ensureRun(werkplaatsId, month);
  await db
    .update(billingRuns)
    .set({
      status: "running",
      partiesTotal: total,
      partiesDone: 0,
      invoicesIssued: 0,
      failures: [],
      startedBy: actorId,
      startedAt: sql`now()`,
      finishedAt: null,
      updatedAt: sql`now()`,
    })
    .where(ofMonth(werkplaatsId, month));
}

/** A chunk of parties is done (issued, skipped as already issued, or failed). */
export async function chunkDone(
  werkplaatsId: string,
  month: BillingMonth,
  outcome: { parties: number; issued: number; failures: RunFailure[] },
) {
  await db
    .update(billingRuns)
    .set({
      // Two managers running the same month both count: never past the total.
      partiesDone: sql`least(${billingRuns.partiesDone} + ${outcome.parties}, ${billingRuns.partiesTotal})`,
      invoicesIssued: sql`${billingRuns.invoicesIssued} + ${outcome.issued}`,
      failures:
        outcome.failures.length > 0 ? sql`${billingRuns.failures} || ${JSON.stringify(outcome.failures)}::jsonb` : billingRuns.failures,
      updatedAt: sql`now()`,
    })
    .where(ofMonth(werkplaatsId, month));
}

export async function finishRun(werkplaatsId: string, month: BillingMonth) {
  await db
    .update(billingRuns)
    .set({ status: "done", partiesDone: billingRuns.partiesTotal, finishedAt: sql`now()`, updatedAt: sql`now()` })
    .where(ofMonth(werkplaatsId, month));
}
