import { and, eq, gte, inArray, lte, or, sql } from "drizzle-orm";
import { stripeCalls } from "#db/schema";
import { db, type Executor } from "~/utils/db.server";
import { logger } from "~/utils/logger.server";
import { stripeClient } from "./client.server";
import type { StripeCall, StripeCallKind } from "./types";

/** A call that failed this many times is shown to the manager (it is still retried). */
const ATTENTION_AFTER_ATTEMPTS = 3;
/** While one instance sends a call, others leave it alone this long (then it counts as lost and is retried). */
const LEASE_SECONDS = 120;

/** Waits 30 s, 1 min, 2 min … up to 1 hour between tries. */
export function backoffSeconds(attempts: number): number {
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), 3600);
}

/**
 * Queues a call in the caller's transaction, so the call exists exactly when the record it is for
 * does. The idempotency key is unique: queueing the same key again returns the call already there.
 */
export async function queueStripeCall(
  tx: Executor,
  call: { werkplaatsId: string; kind: string; idempotencyKey: string; params: Record<string, unknown> },
): Promise<StripeCall> {
  const [created] = await tx.insert(stripeCalls).values(call).onConflictDoNothing().returning();
  if (created) return created;
  const [existing] = await tx.select().from(stripeCalls).where(eq(stripeCalls.idempotencyKey, call.idempotencyKey));
  return existing!;
}

/** Claims due calls (or the one named) for this instance: FOR UPDATE SKIP LOCKED, then a lease. */
export async function claimStripeCalls(where: { id?: string; limit: number }): Promise<StripeCall[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: stripeCalls.id })
      .from(stripeCalls)
      .where(and(eq(stripeCalls.status, "pending"), where.id ? eq(stripeCalls.id, where.id) : lte(stripeCalls.nextTryAt, sql`now()`)))
      .orderBy(stripeCalls.nextTryAt)
      .limit(where.limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(stripeCalls)
      .set({ attempts: sql`${stripeCalls.attempts} + 1`, nextTryAt: sql`now() + make_interval(secs => ${LEASE_SECONDS})` })
      .where(
        inArray(
          stripeCalls.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
  });
}

/** A 4xx other than a conflict or a rate limit: Stripe refuses the call itself, a retry changes nothing. */
function isRefusal(error: unknown): boolean {
  const status = (error as { statusCode?: number }).statusCode;
  return typeof status === "number" && status >= 400 && status < 500 && status !== 409 && status !== 429;
}

/** Sends one claimed call with its kind (the caller knows it; the worker looks it up in the registry). */
export async function performStripeCall(call: StripeCall, kind: StripeCallKind | undefined): Promise<StripeCall> {
  try {
    if (!kind) throw new Error(`unknown Stripe call kind ${call.kind}`);
    const result = await kind.perform(stripeClient(), call.params, call.idempotencyKey);
    return await db.transaction(async (tx) => {
      const [done] = await tx
        .update(stripeCalls)
        .set({
          status: "done",
          doneAt: sql`now()`,
          resultId: result.id,
          result: result as unknown as Record<string, unknown>,
          lastError: null,
        })
        .where(and(eq(stripeCalls.id, call.id), eq(stripeCalls.status, "pending")))
        .returning();
      if (!done) return call;
      await kind.onDone?.(tx, done, result);
      return done;
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const refused = isRefusal(error);
    logger.warn("stripe call failed", { callId: call.id, kind: call.kind, attempts: call.attempts, refused, error: message });
    return db.transaction(async (tx) => {
      const [failed] = await tx
        .update(stripeCalls)
        .set({
          status: refused ? "refused" : "pending",
          lastError: message.slice(0, 1000),
          nextTryAt: sql`now() + make_interval(secs => ${backoffSeconds(call.attempts)})`,
        })
        .where(and(eq(stripeCalls.id, call.id), eq(stripeCalls.status, "pending")))
        .returning();
      if (failed && refused) await kind?.onRefused?.(tx, failed);
      return failed ?? call;
    });
  }
}

/**
 * Tries one call now (a member waiting for the Checkout page). Returns the call as it then
 * stands: done with Stripe's answer, or still pending (the worker retries it) when Stripe did not
 * answer, or as another instance left it when that one holds it.
 */
export async function attemptStripeCall(callId: string, kind: StripeCallKind): Promise<StripeCall> {
  const [claimed] = await claimStripeCalls({ id: callId, limit: 1 });
  if (claimed) return performStripeCall(claimed, kind);
  const [current] = await db.select().from(stripeCalls).where(eq(stripeCalls.id, callId));
  return current!;
}

/** Calls the manager should know about: refused by Stripe, or failed again and again. */
export async function stripeCallsNeedingAttention(werkplaatsId: string) {
  return db
    .select()
    .from(stripeCalls)
    .where(
      and(
        eq(stripeCalls.werkplaatsId, werkplaatsId),
        or(eq(stripeCalls.status, "refused"), and(eq(stripeCalls.status, "pending"), gte(stripeCalls.attempts, ATTENTION_AFTER_ATTEMPTS))),
      ),
    )
    .orderBy(stripeCalls.createdAt)
    .limit(50);
}
