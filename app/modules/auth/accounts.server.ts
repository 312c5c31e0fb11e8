import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { emailTokens, users } from "#db/schema";
import type { Locale } from "~/modules/i18n/locales";
import { enqueueMail } from "~/modules/notifications/outbox.server";
import { db, pgErrorOf, PG, type Executor } from "~/utils/db.server";
import { appUrl } from "~/utils/env.server";
import { conflict, invalid } from "~/utils/errors";
import { burnVerifyTime, hashPassword, verifyPassword } from "./password-hash.server";
import { endAllSessions } from "./session.server";
import { throttledPasswordCheck } from "./throttle.server";
import { hashToken, newToken } from "./tokens.server";

const TOKEN_HOURS = 1;

export type User = typeof users.$inferSelect;

export async function findUserByEmail(email: string, tx: Executor = db) {
  const [user] = await tx.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return user;
}

export async function getUser(id: string) {
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return user;
}

type NewAccount = { name: string; email: string; password: string; locale: Locale };

/** Inserts a user; a taken email is a 409 on the email field. */
export async function insertUser(tx: Executor, account: NewAccount & { termsAccepted: boolean }) {
  const passwordHash = await hashPassword(account.password);
  try {
    const [user] = await tx
      .insert(users)
      .values({
        name: account.name,
        email: account.email.toLowerCase(),
        passwordHash,
        locale: account.locale,
        termsAcceptedAt: account.termsAccepted ? new Date() : null,
      })
      .returning();
    return user!;
  } catch (error) {
    if (pgErrorOf(error)?.code === PG.uniqueViolation) throw conflict("signup.emailTaken", undefined, "email");
    throw error;
  }
}

export async function signUp(account: NewAccount, werkplaats: { id: string; name: string }) {
  return db.transaction(async (tx) => {
    const user = await insertUser(tx, { ...account, termsAccepted: true });
    await enqueueMail(tx, {
      werkplaatsId: werkplaats.id,
      to: user.email,
      locale: account.locale,
      template: "mail.welcome",
      vars: { name: user.name, werkplaats: werkplaats.name, link: `${appUrl()}/login` },
    });
    return user;
  });
}

/**
 * Checks the credentials, throttled per account and per IP. Unknown email and wrong password
 * get the same message and take the same time.
 */
export async function logIn(email: string, password: string, ip: string) {
  const user = await findUserByEmail(email);
  const ok = await throttledPasswordCheck(email, ip, async () =>
    user?.passwordHash ? verifyPassword(user.passwordHash, password) : (await burnVerifyTime(password), false),
  );
  if (!ok || !user) throw invalid("login.failed");
  return user;
}

/** Always answers the same; sends a link only when the account exists. */
export async function requestPasswordReset(email: string, werkplaatsId: string | null) {
  const user = await findUserByEmail(email);
  if (!user) return;
  const { token, hash } = newToken();
  await db.transaction(async (tx) => {
    await tx.insert(emailTokens).values({
      tokenHash: hash,
      purpose: "password_reset",
      userId: user.id,
      expiresAt: new Date(Date.now() + TOKEN_HOURS * 3600_000),
    });
    await enqueueMail(tx, {
      werkplaatsId,
      to: user.email,
      locale: user.locale as Locale,
      template: "mail.reset",
      vars: { name: user.name, link: `${appUrl()}/reset-password/${token}` },
    });
  });
}

async function findUsableToken(token: string, purpose: "password_reset" | "email_change", tx: Executor = db) {
  const [row] = await tx
    .select()
    .from(emailTokens)
    .where(
      and(
        eq(emailTokens.tokenHash, hashToken(token)),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, sql`now()`),
      ),
    )
    .limit(1);
  return row;
}

export async function isResetTokenUsable(token: string) {
  return Boolean(await findUsableToken(token, "password_reset"));
}

/** Uses a token exactly once: the conditional update is what makes a second use fail. */
async function consumeToken(tx: Executor, tokenHash: string) {
  const used = await tx
    .update(emailTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(emailTokens.tokenHash, tokenHash), isNull(emailTokens.usedAt), gt(emailTokens.expiresAt, sql`now()`)))
    .returning({ userId: emailTokens.userId, newEmail: emailTokens.newEmail });
  return used[0];
}

export async function resetPassword(token: string, password: string, werkplaatsId: string | null) {
  const passwordHash = await hashPassword(password);
  const user = await db.transaction(async (tx) => {
    const consumed = await consumeToken(tx, hashToken(token));
    if (!consumed) throw invalid("reset.invalid");
    // Any other reset links for this account stop working too.
    await tx
      .update(emailTokens)
      .set({ usedAt: sql`now()` })
      .where(and(eq(emailTokens.userId, consumed.userId), eq(emailTokens.purpose, "password_reset"), isNull(emailTokens.usedAt)));
    const [user] = await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(users.id, consumed.userId))
      .returning();
    await enqueuePasswordChanged(tx, user!, werkplaatsId);
    return user!;
  });
  await endAllSessions(user.id);
  return user;
}

function enqueuePasswordChanged(tx: Executor, user: User, werkplaatsId: string | null) {
  return enqueueMail(tx, {
    werkplaatsId,
    to: user.email,
    locale: user.locale as Locale,
    template: "mail.passwordChanged",
    vars: { name: user.name, link: `${appUrl()}/forgot-password` },
  });
}

/**
 * Changes the password after checking the current one, throttled like a login (a stolen session
 * must not become a password oracle); every session of the user ends.
 */
export async function changePassword(userId: string, current: string, next: string, werkplaatsId: string | null, ip: string) {
  const user = await getUser(userId);
  const hash = user?.passwordHash;
  if (!user || !hash || !(await throttledPasswordCheck(user.email, ip, () => verifyPassword(hash, current)))) {
    throw invalid("account.wrongPassword", undefined, "currentPassword");
  }
  const passwordHash = await hashPassword(next);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, passwordChangedAt: sql`now()`, updatedAt: sql`now()` }).where(eq(users.id, userId));
    await enqueuePasswordChanged(tx, user, werkplaatsId);
  });
  await endAllSessions(userId);
}

export async function updateProfile(userId: string, profile: { name: string; phone?: string; locale: Locale }) {
  await db
    .update(users)
    .set({ name: profile.name, phone: profile.phone ?? null, locale: profile.locale, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
}

export async function setLocale(userId: string, locale: Locale) {
  await db.update(users).set({ locale, updatedAt: sql`now()` }).where(eq(users.id, userId));
}

/** Sends a confirmation link to the new address; nothing changes until it is used. */
export async function requestEmailChange(userId: string, newEmail: string, werkplaatsId: string | null) {
  const user = await getUser(userId);
  if (!user) throw invalid("errors.invalid");
  if (user.email === newEmail) throw invalid("account.emailSame", undefined, "email");
  if (await findUserByEmail(newEmail)) throw conflict("signup.emailTaken", undefined, "email");
  const { token, hash } = newToken();
  await db.transaction(async (tx) => {
    await tx.insert(emailTokens).values({
      tokenHash: hash,
      purpose: "email_change",
      userId,
      newEmail,
      expiresAt: new Date(Date.now() + TOKEN_HOURS * 3600_000),
    });
    await enqueueMail(tx, {
      werkplaatsId,
      to: newEmail,
      locale: user.locale as Locale,
      template: "mail.emailChange",
      vars: { name: user.name, email: newEmail, link: `${appUrl()}/account/email/${token}` },
    });
  });
}

export async function confirmEmailChange(token: string, werkplaatsId: string | null) {
  return db.transaction(async (tx) => {
    const consumed = await consumeToken(tx, hashToken(token));
    if (!consumed?.newEmail) throw invalid("account.emailInvalidLink");
    const [before] = await tx.select().from(users).where(eq(users.id, consumed.userId));
    try {
      await tx.update(users).set({ email: consumed.newEmail, updatedAt: sql`now()` }).where(eq(users.id, consumed.userId));
    } catch (error) {
      if (pgErrorOf(error)?.code === PG.uniqueViolation) throw conflict("signup.emailTaken");
      throw error;
    }
    // The old address hears about it, in case the change was not theirs.
    await enqueueMail(tx, {
      werkplaatsId,
      to: before!.email,
      locale: before!.locale as Locale,
      template: "mail.emailChanged",
      vars: { name: before!.name, email: consumed.newEmail },
    });
    return consumed.newEmail;
  });
}
