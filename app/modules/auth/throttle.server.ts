import { and, count, eq, gt, max, min, sql } from "drizzle-orm";
import { loginAttempts } from "#db/schema";
import { db } from "~/utils/db.server";

/**
 * Failed-login throttling, stored in PostgreSQL so it holds across app instances.
 * An account is locked after 5 failures in 15 minutes (a success resets its count);
 * an IP after 30 failures in 15 minutes, whatever accounts it tries.
 */
export const THROTTLE = { windowMinutes: 15, perAccount: 5, perIp: 30 } as const;

/** Minutes until the next attempt is allowed, or 0 when an attempt may go ahead. */
export async function loginWaitMinutes(email: string, ip: string): Promise<number> {
  const windowStart = sql`now() - make_interval(mins => ${THROTTLE.windowMinutes})`;
  const [lastSuccess] = await db
    .select({ at: max(loginAttempts.createdAt) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, true)));
  const since = lastSuccess?.at
    ? sql`greatest(${windowStart}, ${lastSuccess.at.toISOString()}::timestamptz)`
    : windowStart;

  const [account] = await db
    .select({ n: count(), oldest: min(loginAttempts.createdAt) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, false), gt(loginAttempts.createdAt, since)));
  const [byIp] = await db
    .select({ n: count(), oldest: min(loginAttempts.createdAt) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.succeeded, false), gt(loginAttempts.createdAt, windowStart)));

  const waits = [
    account && account.n >= THROTTLE.perAccount ? account.oldest : null,
    byIp && byIp.n >= THROTTLE.perIp ? byIp.oldest : null,
  ]
    .filter((d): d is Date => d instanceof Date)
    .map((oldest) => oldest.getTime() + THROTTLE.windowMinutes * 60_000 - Date.now());
  if (waits.length === 0) return 0;
  return Math.max(1, Math.ceil(Math.max(...waits) / 60_000));
}

export async function recordLoginAttempt(email: string, ip: string, succeeded: boolean) {
  await db.insert(loginAttempts).values({ email, ip, succeeded });
}

/** Old attempts only matter for the window; keep a day for investigations. */
export async function pruneLoginAttempts() {
  await db.delete(loginAttempts).where(sql`${loginAttempts.createdAt} < now() - interval '1 day'`);
}
