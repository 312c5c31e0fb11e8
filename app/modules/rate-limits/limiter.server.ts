import { lt, sql } from "drizzle-orm";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { rateLimits } from "#db/schema";
import { db } from "~/utils/db.server";

/**
 * A counter in the `rate_limits` table, through rate-limiter-flexible's Drizzle store: every
 * consume is one atomic upsert, so it holds under parallel requests and across app instances,
 * on PostgreSQL and on PGlite alike (see docs/decisions/027-rate-limits-in-postgresql.md).
 */
export type TableLimiter = RateLimiterDrizzle;

export function tableLimiter(options: { prefix: string; points: number; seconds: number }): TableLimiter {
  return new RateLimiterDrizzle({
    storeClient: db,
    schema: rateLimits,
    keyPrefix: options.prefix,
    points: options.points,
    duration: options.seconds,
    // The hourly maintenance prunes old rows; no timer per limiter.
    clearExpiredByTimeout: false,
  });
}

export type Taken = { allowed: boolean; consumed: number; msBeforeNext: number };

/**
 * Takes points for a key. A refusal is an answer (allowed: false, with the wait), not an error;
 * a database failure still throws.
 */
export async function take(limiter: TableLimiter, key: string, points = 1): Promise<Taken> {
  try {
    const res = await limiter.consume(key, points);
    return { allowed: true, consumed: res.consumedPoints, msBeforeNext: res.msBeforeNext };
  } catch (outcome) {
    if (outcome instanceof RateLimiterRes) {
      return { allowed: false, consumed: outcome.consumedPoints, msBeforeNext: outcome.msBeforeNext };
    }
    throw outcome;
  }
}

/** Rows whose window ended more than an hour ago count for nothing any more. */
export async function pruneRateLimits() {
  await db.delete(rateLimits).where(lt(rateLimits.expire, sql`now() - interval '1 hour'`));
}
