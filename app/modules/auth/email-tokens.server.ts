import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { emailTokens, users } from "#db/schema";
import { db, type Executor } from "~/utils/db.server";
import { hashToken, newToken } from "./tokens.server";

/** What an emailed link may do; a token works only for the purpose it was issued for. */
export type TokenPurpose = "password_reset" | "email_change" | "email_verify";

const VALID_HOURS: Record<TokenPurpose, number> = { password_reset: 1, email_change: 1, email_verify: 48 };

/** Stores the hash of a fresh token for `purpose` and returns the token for the link. */
export async function issueEmailToken(tx: Executor, purpose: TokenPurpose, userId: string, newEmail?: string) {
  const { token, hash } = newToken();
  await tx.insert(emailTokens).values({
    tokenHash: hash,
    purpose,
    userId,
    newEmail: newEmail ?? null,
    expiresAt: new Date(Date.now() + VALID_HOURS[purpose] * 3600_000),
  });
  return token;
}

/**
 * What makes a token usable: its purpose, not used, not expired, and issued after the
 * account's last password change (a link sent before a change must not undo it).
 */
function usable(token: string, purpose: TokenPurpose) {
  return and(
    eq(emailTokens.tokenHash, hashToken(token)),
    eq(emailTokens.purpose, purpose),
    isNull(emailTokens.usedAt),
    gt(emailTokens.expiresAt, sql`now()`),
    gt(
      emailTokens.createdAt,
      sql`(select coalesce(${users.passwordChangedAt}, '-infinity'::timestamptz) from ${users} where ${users.id} = ${emailTokens.userId})`,
    ),
  );
}

export async function findUsableEmailToken(token: string, purpose: TokenPurpose, tx: Executor = db) {
  const [row] = await tx
    .select({ userId: emailTokens.userId, newEmail: emailTokens.newEmail })
    .from(emailTokens)
    .where(usable(token, purpose))
    .limit(1);
  return row;
}

/** Uses a token exactly once: the conditional update is what makes a second use fail. */
export async function consumeEmailToken(tx: Executor, token: string, purpose: TokenPurpose) {
  const [row] = await tx
    .update(emailTokens)
    .set({ usedAt: sql`now()` })
    .where(usable(token, purpose))
    .returning({ userId: emailTokens.userId, newEmail: emailTokens.newEmail });
  return row;
}

/** Every open link of an account stops working (optionally only those of one purpose). */
export async function retireEmailTokens(tx: Executor, userId: string, purpose?: TokenPurpose) {
  await tx
    .update(emailTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(emailTokens.userId, userId), isNull(emailTokens.usedAt), purpose ? eq(emailTokens.purpose, purpose) : undefined));
}
